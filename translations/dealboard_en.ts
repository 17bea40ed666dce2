<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityListCommand</name>
    <message numerus="yes">
        <source>%n activity(ies).</source>
        <translation>
            <numerusform>%n activity.</numerusform>
            <numerusform>%n activities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealListCommand</name>
    <message numerus="yes">
        <source>%n deal(s); open pipeline %1 MRR, weighted %2.</source>
        <translation>
            <numerusform>%n deal; open pipeline %1 MRR, weighted %2.</numerusform>
            <numerusform>%n deals; open pipeline %1 MRR, weighted %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscountPolicy</name>
    <message numerus="yes">
        <source>%1: %2, automatic: the %3 contract commits for %n months.</source>
        <translation>
            <numerusform>%1: %2, automatic: the %3 contract commits for %n month.</numerusform>
            <numerusform>%1: %2, automatic: the %3 contract commits for %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 on the first %n month(s), automatic: the buyer came through a referral.</source>
        <translation>
            <numerusform>%1: %2 on the first month, automatic: the buyer came through a referral.</numerusform>
            <numerusform>%1: %2 on the first %n months, automatic: the buyer came through a referral.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailFormat</name>
    <message numerus="yes">
        <source>Attachment: %1 (%n byte(s))</source>
        <translation>
            <numerusform>Attachment: %1 (%n byte)</numerusform>
            <numerusform>Attachment: %1 (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupsIcsCommand</name>
    <message numerus="yes">
        <source>%n follow-up(s) written to %1.</source>
        <translation>
            <numerusform>%n follow-up written to %1.</numerusform>
            <numerusform>%n follow-ups written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelCommand</name>
    <message numerus="yes">
        <source>%n deal(s) created in the period.</source>
        <translation>
            <numerusform>%n deal created in the period.</numerusform>
            <numerusform>%n deals created in the period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportFormat</name>
    <message numerus="yes">
        <source>  %n row(s) marked deleted in %1 left out.</source>
        <translation>
            <numerusform>  %n row marked deleted in %1 left out.</numerusform>
            <numerusform>  %n rows marked deleted in %1 left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file or the mapping, or leave those rows out with --skip-problems.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems. Correct the file or the mapping, or leave that row out with --skip-problems.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems. Correct the file or the mapping, or leave those rows out with --skip-problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUndoCommand</name>
    <message numerus="yes">
        <source>%n row(s) of import %1 changed since it: undoing would set them back or delete them. Pass --force to undo anyway.</source>
        <translation>
            <numerusform>%n row of import %1 changed since it: undoing would set it back or delete it. Pass --force to undo anyway.</numerusform>
            <numerusform>%n rows of import %1 changed since it: undoing would set them back or delete them. Pass --force to undo anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s) (is it locked?); the password of %1 could not be read.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second (is it locked?); the password of %1 could not be read.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds (is it locked?); the password of %1 could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s) (is it locked?); the password of %1 was not saved.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second (is it locked?); the password of %1 was not saved.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds (is it locked?); the password of %1 was not saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s) (is it locked?); the password of %1 was not removed.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second (is it locked?); the password of %1 was not removed.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds (is it locked?); the password of %1 was not removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteListCommand</name>
    <message numerus="yes">
        <source>%n quote(s).</source>
        <translation>
            <numerusform>%n quote.</numerusform>
            <numerusform>%n quotes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotePdfCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (quote %2, %3) to %4: %n page(s).</source>
        <translation>
            <numerusform>Wrote %1 (quote %2, %3) to %4: %n page.</numerusform>
            <numerusform>Wrote %1 (quote %2, %3) to %4: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteRepository</name>
    <message numerus="yes">
        <source>%n line(s), discount %1</source>
        <translation>
            <numerusform>%n line, discount %1</numerusform>
            <numerusform>%n lines, discount %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quote %1 cannot be removed: its PDF was issued (%n time(s)) and the register of issued documents keeps it.</source>
        <translation>
            <numerusform>Quote %1 cannot be removed: its PDF was issued (%n time) and the register of issued documents keeps it.</numerusform>
            <numerusform>Quote %1 cannot be removed: its PDF was issued (%n times) and the register of issued documents keeps it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteView</name>
    <message numerus="yes">
        <source>%1 · %2 · deal %3 · %4, %n month(s)</source>
        <translation>
            <numerusform>%1 · %2 · deal %3 · %4, %n month</numerusform>
            <numerusform>%1 · %2 · deal %3 · %4, %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %n month(s))</source>
        <translation>
            <numerusform>(the first %n month)</numerusform>
            <numerusform>(the first %n months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n month(s): HT %1 · TTC %2</source>
        <translation>
            <numerusform>The first %n month: HT %1 · TTC %2</numerusform>
            <numerusform>The first %n months: HT %1 · TTC %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWeekCommand</name>
    <message numerus="yes">
        <source>New pipeline: %n deal(s), %1 MRR</source>
        <translation>
            <numerusform>New pipeline: %n deal, %1 MRR</numerusform>
            <numerusform>New pipeline: %n deals, %1 MRR</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellerRepository</name>
    <message numerus="yes">
        <source>%n byte(s), SHA-256 %1</source>
        <translation>
            <numerusform>%n byte, SHA-256 %1</numerusform>
            <numerusform>%n bytes, SHA-256 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageGates</name>
    <message numerus="yes">
        <source>The qualification is a draft: %n criterion(s) not answered</source>
        <translation>
            <numerusform>The qualification is a draft: %n criterion not answered</numerusform>
            <numerusform>The qualification is a draft: %n criteria not answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::BoardColumnModel</name>
    <message numerus="yes">
        <source>%1, %2, %3 a month, %4, %n day(s) in %5</source>
        <translation>
            <numerusform>%1, %2, %3 a month, %4, %n day in %5</numerusform>
            <numerusform>%1, %2, %3 a month, %4, %n days in %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::CardDelegate</name>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::CompaniesPage</name>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln company(s)</source>
        <translation>
            <numerusform>%1 of %Ln company</numerusform>
            <numerusform>%1 of %Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the company “%1” and hide its %Ln deal(s)?</source>
        <translation>
            <numerusform>Delete the company “%1” and hide its %Ln deal?</numerusform>
            <numerusform>Delete the company “%1” and hide its %Ln deals?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 companies and hide their %Ln deal(s)?</source>
        <translation>
            <numerusform>Delete %1 companies and hide their %Ln deal?</numerusform>
            <numerusform>Delete %1 companies and hide their %Ln deals?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n companies</source>
        <translation>
            <numerusform>Delete %n company</numerusform>
            <numerusform>Delete %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::ContactsPage</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 of %Ln contact</numerusform>
            <numerusform>%1 of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) keep showing them as their contact.</source>
        <translation>
            <numerusform>%n deal keeps showing them as its contact.</numerusform>
            <numerusform>%n deals keep showing them as their contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::DealActions</name>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::DealTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::DealsPage</name>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln deal(s)</source>
        <translation>
            <numerusform>%1 of %Ln deal</numerusform>
            <numerusform>%1 of %Ln deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::ForecastPage</name>
    <message numerus="yes">
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln open deal</numerusform>
            <numerusform>%Ln open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the chart: %Ln open deal(s) without an expected close date (weighted %1).</source>
        <translation>
            <numerusform>Not in the chart: %Ln open deal without an expected close date (weighted %1).</numerusform>
            <numerusform>Not in the chart: %Ln open deals without an expected close date (weighted %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::GateDialog</name>
    <message numerus="yes">
        <source>%n criterion(s) still missing: the deal stays where it is until they hold.</source>
        <translation>
            <numerusform>%n criterion still missing: the deal stays where it is until it holds.</numerusform>
            <numerusform>%n criteria still missing: the deal stays where it is until they hold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::ImportHistoryDialog</name>
    <message numerus="yes">
        <source>Undo the import of %1? The %n row(s) it created will be deleted and those it updated set back as they were.</source>
        <translation>
            <numerusform>Undo the import of %1? The %n row it created will be deleted and those it updated set back as they were.</numerusform>
            <numerusform>Undo the import of %1? The %n rows it created will be deleted and those it updated set back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its row(s) changed since the import: undoing sets them back or deletes them too.</source>
        <translation>
            <numerusform>%n of its rows changed since the import: undoing sets it back or deletes it too.</numerusform>
            <numerusform>%n of its rows changed since the import: undoing sets them back or deletes them too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::ImportPreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) marked deleted in the other CRM left out.</source>
        <translation>
            <numerusform>%n row marked deleted in the other CRM left out.</numerusform>
            <numerusform>%n rows marked deleted in the other CRM left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n row with problems.</numerusform>
            <numerusform>%n rows with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::MainWindow</name>
    <message numerus="yes">
        <source>Open pipeline %1 · weighted %2 · %Ln open deal(s)</source>
        <translation>
            <numerusform>Open pipeline %1 · weighted %2 · %Ln open deal</numerusform>
            <numerusform>Open pipeline %1 · weighted %2 · %Ln open deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::MetricsView</name>
    <message numerus="yes">
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln open deal</numerusform>
            <numerusform>%Ln open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) won</source>
        <translation>
            <numerusform>%Ln deal won</numerusform>
            <numerusform>%Ln deals won</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::ProductCatalogDialog</name>
    <message numerus="yes">
        <source>%n product(s), %1 inactive</source>
        <translation>
            <numerusform>%n product, %1 inactive</numerusform>
            <numerusform>%n products, %1 inactive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active product(s)</source>
        <translation>
            <numerusform>%n active product</numerusform>
            <numerusform>%n active products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::QualificationDialog</name>
    <message numerus="yes">
        <source>Total: %1 — %n criterion(s) not answered: a draft; the %2 gate needs all %3.</source>
        <translation>
            <numerusform>Total: %1 — %n criterion not answered: a draft; the %2 gate needs all %3.</numerusform>
            <numerusform>Total: %1 — %n criteria not answered: a draft; the %2 gate needs all %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::QuoteEditorDialog</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) or more</source>
        <translation>
            <numerusform>%n month or more</numerusform>
            <numerusform>%n months or more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::QuoteSummaryPanel</name>
    <message numerus="yes">
        <source>%1 −%2 (first %n months)</source>
        <translation>
            <numerusform>%1 −%2 (first %n month)</numerusform>
            <numerusform>%1 −%2 (first %n months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n months HT (TTC)</source>
        <translation>
            <numerusform>First %n month HT (TTC)</numerusform>
            <numerusform>First %n months HT (TTC)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::QuotesPage</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quote(s)</source>
        <translation>
            <numerusform>%1 of %n quote</numerusform>
            <numerusform>%1 of %n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::TodayPage</name>
    <message numerus="yes">
        <source>Today, %1 — %Ln item(s) due</source>
        <translation>
            <numerusform>Today, %1 — %Ln item due</numerusform>
            <numerusform>Today, %1 — %Ln items due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) written to %1. Import the file in your calendar; importing it again later updates the same events.</source>
        <translation>
            <numerusform>%n follow-up written to %1. Import the file in your calendar; importing it again later updates the same events.</numerusform>
            <numerusform>%n follow-ups written to %1. Import the file in your calendar; importing it again later updates the same events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::WeeklyReviewPage</name>
    <message numerus="yes">
        <source>%n new deal(s), %1 MRR</source>
        <translation>
            <numerusform>%n new deal, %1 MRR</numerusform>
            <numerusform>%n new deals, %1 MRR</numerusform>
        </translation>
    </message>
</context>
</TS>
