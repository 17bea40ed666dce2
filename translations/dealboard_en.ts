<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>dealboard::MainWindow</name>
    <message numerus="yes">
        <source>Open pipeline %1 · weighted %2 · %Ln open deal(s)</source>
        <translation>
            <numerusform>Open pipeline %1 · weighted %2 · %Ln open deal</numerusform>
            <numerusform>Open pipeline %1 · weighted %2 · %Ln open deals</numerusform>
        </translation>
    </message>
</context>
</TS>
