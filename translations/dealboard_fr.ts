<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityAddCommand</name>
    <message>
        <source>Add a call, email, demo, task or note to a deal.</source>
        <translation>Ajouter un call, un email, une démo, une tâche ou une note à un deal.</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>L&apos;id du deal.</translation>
    </message>
    <message>
        <source>call, email, demo (or meeting), task or note.</source>
        <translation>call, email, demo (ou meeting), task ou note.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>When: YYYY-MM-DD, or YYYY-MM-DD HH:MM (local time).</source>
        <translation>Quand&#xa0;: YYYY-MM-DD, ou YYYY-MM-DD HH:MM (heure locale).</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quand</translation>
    </message>
    <message>
        <source>What to do (default: the type).</source>
        <translation>Ce qu&apos;il faut faire (par défaut&#xa0;: le type).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Une note.</translation>
    </message>
    <message>
        <source>The contact&apos;s id.</source>
        <translation>L&apos;id du contact.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The founder&apos;s time it counts in: %1.</source>
        <translation>La catégorie de temps du fondateur où elle compte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>Time spent, in minutes.</source>
        <translation>Temps passé, en minutes.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Missing --%1. See: dealboard-cli activity add --help</source>
        <translation>Il manque --%1. Voir&#xa0;: dealboard-cli activity add --help</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de deal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de contact.</translation>
    </message>
    <message>
        <source>Activity %1 added: %2, due %3.</source>
        <translation>Activité %1 ajoutée&#xa0;: %2, échéance %3.</translation>
    </message>
</context>
<context>
    <name>ActivityDoneCommand</name>
    <message>
        <source>Mark an activity done.</source>
        <translation>Marquer une activité comme faite.</translation>
    </message>
    <message>
        <source>The activity&apos;s id.</source>
        <translation>L&apos;id de l&apos;activité.</translation>
    </message>
    <message>
        <source>How it went.</source>
        <translation>Comment cela s&apos;est passé.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Time spent, in minutes.</source>
        <translation>Temps passé, en minutes.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id d&apos;activité.</translation>
    </message>
    <message>
        <source>Activity %1 done: %2.</source>
        <translation>Activité %1 faite&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ActivityFormat</name>
    <message>
        <source>&quot;%1&quot; is no date: write 2026-11-24 or 2026-11-24 14:30.</source>
        <translation>&quot;%1&quot; n&apos;est pas une date&#xa0;: écrivez 2026-11-24 ou 2026-11-24 14:30.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;; use one of: %2 (meeting is demo).</source>
        <translation>Type &quot;%1&quot; inconnu&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %2 (meeting équivaut à demo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of minutes.</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre de minutes.</translation>
    </message>
</context>
<context>
    <name>ActivityListCommand</name>
    <message>
        <source>List the open activities by due date, after making the follow-ups the playbook asks for.</source>
        <translation>Lister les activités ouvertes par échéance, après avoir créé les relances demandées par le playbook.</translation>
    </message>
    <message>
        <source>Only this deal&apos;s (done ones too).</source>
        <translation>Uniquement celles de ce deal (faites comprises).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>today (due today) or overdue (due before now).</source>
        <translation>today (à faire aujourd&apos;hui) ou overdue (échéance dépassée).</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quand</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de deal.</translation>
    </message>
    <message>
        <source>Unknown --due &quot;%1&quot;: use today or overdue.</source>
        <translation>Valeur --due &quot;%1&quot; inconnue&#xa0;: utilisez today ou overdue.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies).</source>
        <translation>
            <numerusform>%n activité.</numerusform>
            <numerusform>%n activités.</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>A follow-up needs a title.</source>
        <translation>Une relance doit avoir un titre.</translation>
    </message>
    <message>
        <source>A follow-up needs a due date.</source>
        <translation>Une relance doit avoir une échéance.</translation>
    </message>
    <message>
        <source>finding the deal</source>
        <translation>la recherche du deal</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Aucun deal avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>saving the follow-up</source>
        <translation>l&apos;enregistrement de la relance</translation>
    </message>
    <message>
        <source>completing the follow-up</source>
        <translation>le marquage de la relance comme faite</translation>
    </message>
    <message>
        <source>There is no open follow-up with id %1.</source>
        <translation>Aucune relance ouverte avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>deleting the follow-up</source>
        <translation>la suppression de la relance</translation>
    </message>
    <message>
        <source>There is no follow-up with id %1.</source>
        <translation>Aucune relance avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>removing the follow-up</source>
        <translation>le retrait de la relance</translation>
    </message>
    <message>
        <source>reading the follow-ups</source>
        <translation>la lecture des relances</translation>
    </message>
    <message>
        <source>The time logged cannot be negative.</source>
        <translation>Le temps enregistré ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Unknown time category &quot;%1&quot;; use one of: %2.</source>
        <translation>Catégorie de temps «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>reading the follow-up</source>
        <translation>la lecture de la relance</translation>
    </message>
    <message>
        <source>reopening the follow-up</source>
        <translation>la réouverture de la relance</translation>
    </message>
    <message>
        <source>There is no done follow-up with id %1.</source>
        <translation>Aucune relance faite avec l&apos;id %1.</translation>
    </message>
</context>
<context>
    <name>BackupAutoCommand</name>
    <message>
        <source>Make a timestamped backup in the backup folder and remove the old ones (7 daily, 4 weekly kept).</source>
        <translation>Faire une sauvegarde horodatée dans le dossier des sauvegardes et supprimer les anciennes (7 quotidiennes et 4 hebdomadaires conservées).</translation>
    </message>
    <message>
        <source>The backup folder (default: &lt;database&gt;-backups beside it).</source>
        <translation>Le dossier des sauvegardes (par défaut&#xa0;: &lt;database&gt;-backups, à côté de la base de données).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 backups kept).</source>
        <translation>Sauvegarde de %1 écrite dans %2 (sauvegardes conservées&#xa0;: %3).</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy the database to FILE, safely, even while the app is running.</source>
        <translation>Copier la base de données vers FILE, sans risque, même pendant que l&apos;application tourne.</translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation>Où écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s&apos;il existe.</translation>
    </message>
    <message>
        <source>%1 exists; add --force to replace it.</source>
        <translation>%1 existe déjà ; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Sauvegarde de %1 écrite dans %2.</translation>
    </message>
</context>
<context>
    <name>BackupListCommand</name>
    <message>
        <source>List the automatic backups, newest first.</source>
        <translation>Lister les sauvegardes automatiques, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>The backup folder (default: &lt;database&gt;-backups beside it).</source>
        <translation>Le dossier des sauvegardes (par défaut&#xa0;: &lt;database&gt;-backups, à côté de la base de données).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>Aucune sauvegarde dans %1.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot remove the old backups %1 from %2.</source>
        <translation>Impossible de supprimer les anciennes sauvegardes %1 de %2.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier des sauvegardes %1.</translation>
    </message>
    <message>
        <source>Cannot name the backup in %1.</source>
        <translation>Impossible de nommer la sauvegarde dans %1.</translation>
    </message>
</context>
<context>
    <name>BoardPositions</name>
    <message>
        <source>placing the deal</source>
        <translation>le positionnement du deal</translation>
    </message>
    <message>
        <source>Cannot place the deal: its column is full.</source>
        <translation>Impossible de positionner le deal : sa colonne est pleine.</translation>
    </message>
    <message>
        <source>Deal %1 is not in %2.</source>
        <translation>Le deal %1 n&apos;est pas à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Cannot place the deal in its column.</source>
        <translation>Impossible de positionner le deal dans sa colonne.</translation>
    </message>
    <message>
        <source>renumbering the column</source>
        <translation>la renumérotation de la colonne</translation>
    </message>
</context>
<context>
    <name>BulkWrite</name>
    <message>
        <source>reading the indexes</source>
        <translation>la lecture des index</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>la préparation</translation>
    </message>
    <message>
        <source>rebuilding the indexes</source>
        <translation>la reconstruction des index</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not save the chart to “%1”: %2. Choose another folder.</source>
        <translation>Impossible d&apos;enregistrer le graphique dans “%1” : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Could not save the chart to “%1”: %2.</source>
        <translation>Impossible d&apos;enregistrer le graphique dans “%1” : %2.</translation>
    </message>
    <message>
        <source>Could not save the chart to “%1”: %2. Check the free space.</source>
        <translation>Impossible d&apos;enregistrer le graphique dans “%1” : %2. Vérifiez l&apos;espace disponible.</translation>
    </message>
    <message>
        <source>Could not create the PDF “%1”.</source>
        <translation>Impossible de créer le PDF “%1”.</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Imprimer “%1”</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database&apos;s integrity and schema version.</source>
        <translation>Vérifier l&apos;intégrité de la base de données et la version de son schéma.</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Le contrôle d&apos;intégrité n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>%1: integrity ok, schema %2 (latest %3).</source>
        <translation>%1 : intégrité ok, schéma %2 (dernier : %3).</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 a échoué au contrôle d&apos;intégrité : %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The database file.</source>
        <translation>Le fichier de la base de données.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print JSON (money in integer cents).</source>
        <translation>Afficher en JSON (montants en centimes entiers).</translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation>Langue des messages : fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Missing %1. See: dealboard-cli %2 --help</source>
        <translation>Il manque %1. Voir : dealboard-cli %2 --help</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See: dealboard-cli %2 --help</source>
        <translation>Argument inattendu &quot;%1&quot;. Voir : dealboard-cli %2 --help</translation>
    </message>
</context>
<context>
    <name>CompanyAddCommand</name>
    <message>
        <source>Add a company.</source>
        <translation>Ajouter une entreprise.</translation>
    </message>
    <message>
        <source>The company&apos;s name.</source>
        <translation>Le nom de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>freelance, tpe, pme, agency or enterprise.</source>
        <translation>freelance, tpe, pme, agency ou enterprise.</translation>
    </message>
    <message>
        <source>Business sector.</source>
        <translation>Secteur d&apos;activité.</translation>
    </message>
    <message>
        <source>Web site.</source>
        <translation>Site web.</translation>
    </message>
    <message>
        <source>Where the company came from.</source>
        <translation>Provenance de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Added company %1: %2</source>
        <translation>Entreprise %1 ajoutée : %2</translation>
    </message>
</context>
<context>
    <name>CompanyListCommand</name>
    <message>
        <source>List the companies.</source>
        <translation>Lister les entreprises.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
</context>
<context>
    <name>CompanyMerge</name>
    <message>
        <source>reading what the company holds</source>
        <translation>la lecture des données rattachées à l&apos;entreprise</translation>
    </message>
    <message>
        <source>moving to the other company</source>
        <translation>le transfert vers l&apos;autre entreprise</translation>
    </message>
    <message>
        <source>Row %1 of %2 is missing.</source>
        <translation>La ligne %1 de %2 est manquante.</translation>
    </message>
    <message>
        <source>A company cannot be merged into itself.</source>
        <translation>Une entreprise ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>restoring the merged company</source>
        <translation>la restauration de l&apos;entreprise fusionnée</translation>
    </message>
    <message>
        <source>Company %1 is not deleted: the merge cannot be undone.</source>
        <translation>L&apos;entreprise %1 n&apos;est pas supprimée : la fusion ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation>Une entreprise doit avoir un nom.</translation>
    </message>
    <message>
        <source>Unknown segment &quot;%1&quot;; use one of: %2.</source>
        <translation>Segment &quot;%1&quot; inconnu ; utilisez l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>saving the company</source>
        <translation>l&apos;enregistrement de l&apos;entreprise</translation>
    </message>
    <message>
        <source>deleting the company</source>
        <translation>la suppression de l&apos;entreprise</translation>
    </message>
    <message>
        <source>There is no company %1 to %2.</source>
        <translation>Aucune entreprise %1 à %2.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restaurer</translation>
    </message>
    <message>
        <source>reading the company</source>
        <translation>la lecture de l&apos;entreprise</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>Aucune entreprise avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>looking up the company</source>
        <translation>la recherche de l&apos;entreprise</translation>
    </message>
    <message>
        <source>There is no company named &quot;%1&quot;.</source>
        <translation>Aucune entreprise nommée &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>listing companies</source>
        <translation>la lecture de la liste des entreprises</translation>
    </message>
</context>
<context>
    <name>ContactAddCommand</name>
    <message>
        <source>Add a contact.</source>
        <translation>Ajouter un contact.</translation>
    </message>
    <message>
        <source>The contact&apos;s full name.</source>
        <translation>Le nom complet du contact.</translation>
    </message>
    <message>
        <source>The contact&apos;s company, by name or id.</source>
        <translation>L&apos;entreprise du contact, par nom ou id.</translation>
    </message>
    <message>
        <source>Professional email.</source>
        <translation>Email professionnel.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Job title.</source>
        <translation>Fonction.</translation>
    </message>
    <message>
        <source>user, influencer, decision-maker or economic-buyer.</source>
        <translation>user, influencer, decision-maker ou economic-buyer.</translation>
    </message>
    <message>
        <source>LinkedIn profile.</source>
        <translation>Profil LinkedIn.</translation>
    </message>
    <message>
        <source>Added contact %1: %2</source>
        <translation>Contact %1 ajouté : %2</translation>
    </message>
</context>
<context>
    <name>ContactListCommand</name>
    <message>
        <source>List the contacts.</source>
        <translation>Lister les contacts.</translation>
    </message>
    <message>
        <source>Only the contacts of this company (name or id).</source>
        <translation>Uniquement les contacts de cette entreprise (nom ou id).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Rôle décisionnel</translation>
    </message>
</context>
<context>
    <name>ContactMerge</name>
    <message>
        <source>reading the deals of the contact</source>
        <translation>la lecture des deals du contact</translation>
    </message>
    <message>
        <source>moving the deal to the other contact</source>
        <translation>le transfert du deal vers l&apos;autre contact</translation>
    </message>
    <message>
        <source>Deal %1 is missing.</source>
        <translation>Le deal %1 est introuvable.</translation>
    </message>
    <message>
        <source>A contact cannot be merged into itself.</source>
        <translation>Un contact ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>restoring the merged contact</source>
        <translation>la restauration du contact fusionné</translation>
    </message>
    <message>
        <source>Contact %1 is not deleted: the merge cannot be undone.</source>
        <translation>Le contact %1 n&apos;est pas supprimé : la fusion ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse email valide.</translation>
    </message>
    <message>
        <source>Unknown decision role &quot;%1&quot;; use one of: %2.</source>
        <translation>Rôle décisionnel &quot;%1&quot; inconnu ; utilisez l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>saving the contact</source>
        <translation>l&apos;enregistrement du contact</translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation>Impossible d&apos;enregistrer le contact : %1</translation>
    </message>
    <message>
        <source>deleting the contact</source>
        <translation>la suppression du contact</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Aucun contact avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>reading the contact</source>
        <translation>la lecture du contact</translation>
    </message>
    <message>
        <source>looking up the contact</source>
        <translation>la recherche du contact</translation>
    </message>
    <message>
        <source>listing contacts</source>
        <translation>la lecture de la liste des contacts</translation>
    </message>
    <message>
        <source>The contact field &quot;%1&quot; cannot be restored.</source>
        <translation>Le champ de contact &quot;%1&quot; ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>restoring the contact</source>
        <translation>la restauration du contact</translation>
    </message>
    <message>
        <source>removing the contact</source>
        <translation>le retrait du contact</translation>
    </message>
    <message>
        <source>There is no deleted contact with id %1.</source>
        <translation>Aucun contact supprimé avec l&apos;id %1.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <source>quote lines</source>
        <translation>lignes de devis</translation>
    </message>
    <message>
        <source>counting the rows to export</source>
        <translation>le comptage des lignes à exporter</translation>
    </message>
    <message>
        <source>reading the rows to export</source>
        <translation>la lecture des lignes à exporter</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>Line %1: this is not a text file (it contains a NUL byte).</source>
        <translation>Ligne %1&#xa0;: ce n&apos;est pas un fichier texte (il contient un octet NUL).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>La lecture du fichier a été annulée.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2.</source>
        <translation>Ligne %1&#xa0;: un champ fait plus de %2.</translation>
    </message>
    <message>
        <source>Line %1: a row is longer than %2.</source>
        <translation>Ligne %1&#xa0;: un enregistrement fait plus de %2.</translation>
    </message>
    <message>
        <source>Line %1: a row has more than %2 columns.</source>
        <translation>Ligne %1&#xa0;: un enregistrement a plus de %2 colonnes.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais refermé.</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file is in UTF-16: save it as UTF-8 (or &quot;CSV&quot;) and import it again.</source>
        <translation>Ce fichier est en UTF-16&#xa0;: enregistrez-le en UTF-8 (ou &quot;CSV&quot;) et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>This is not a text file: it contains binary data.</source>
        <translation>Ce n&apos;est pas un fichier texte&#xa0;: il contient des données binaires.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Dealboard database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 n&apos;est pas une base de données Dealboard (ce n&apos;est pas un fichier SQLite). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Aucune base de données à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is read-only, and Dealboard needs to write to it. Open a copy, or make the file and its folder writable.</source>
        <translation>%1 est en lecture seule, et Dealboard doit pouvoir y écrire. Ouvrez une copie, ou rendez le fichier et son dossier accessibles en écriture.</translation>
    </message>
    <message>
        <source>%1 is already open in another Dealboard process (pid %2 on %3). Close it there first.</source>
        <translation>%1 est déjà ouvert dans un autre processus Dealboard (pid %2 sur %3). Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>l&apos;activation des clés étrangères</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: %2</source>
        <translation>%1 ne peut pas être lu comme une base de données : %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Dealboard one. It was left untouched.</source>
        <translation>%1 est une base SQLite, mais pas une base Dealboard. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dealboard (schema %2; this version knows up to %3). Update Dealboard to open it; the file was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de Dealboard (schéma %2 ; cette version connaît jusqu&apos;au schéma %3). Mettez Dealboard à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 failed its integrity check and was left untouched: %2. Restore it from a backup.</source>
        <translation>%1 a échoué au contrôle d&apos;intégrité et n&apos;a pas été modifié : %2. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2); open it once in Dealboard to upgrade it.</source>
        <translation>%1 utilise un schéma plus ancien (%2) ; ouvrez-le une fois dans Dealboard pour le mettre à jour.</translation>
    </message>
    <message>
        <source>enabling the write-ahead log</source>
        <translation>l&apos;activation du journal WAL (write-ahead log)</translation>
    </message>
    <message>
        <source>setting synchronous mode</source>
        <translation>le réglage du mode synchrone</translation>
    </message>
    <message>
        <source>reading the playbook</source>
        <translation>la lecture du playbook</translation>
    </message>
    <message>
        <source>stored in %1</source>
        <translation>stocké dans %1</translation>
    </message>
    <message>
        <source>saving the playbook</source>
        <translation>l&apos;enregistrement du playbook</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): the database is read-only.</source>
        <translation>Impossible d&apos;écrire dans %1 (%2) : la base de données est en lecture seule.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données pendant %1 : %2</translation>
    </message>
    <message>
        <source>row %1 of %2 points to a missing %3 row</source>
        <translation>la ligne %1 de %2 pointe vers une ligne %3 manquante</translation>
    </message>
    <message>
        <source>An earlier step failed.</source>
        <translation>Une étape précédente a échoué.</translation>
    </message>
    <message>
        <source>The change was not saved: an earlier step failed.</source>
        <translation>La modification n&apos;a pas été enregistrée : une étape précédente a échoué.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>La sauvegarde doit être écrite dans un autre fichier que la base de données elle-même.</translation>
    </message>
    <message>
        <source>The database driver does not give access to SQLite.</source>
        <translation>Le pilote de base de données ne donne pas accès à SQLite.</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2</source>
        <translation>Impossible de créer la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>La sauvegarde vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cannot write the backup to %1.</source>
        <translation>Impossible d&apos;écrire la sauvegarde dans %1.</translation>
    </message>
    <message>
        <source>writing the log into the database</source>
        <translation>l&apos;écriture du journal dans la base de données</translation>
    </message>
    <message>
        <source>setting the checkpoint threshold</source>
        <translation>le réglage du seuil de checkpoint</translation>
    </message>
    <message>
        <source>%1 is not open in this process.</source>
        <translation>%1 n&apos;est pas ouvert dans ce processus.</translation>
    </message>
</context>
<context>
    <name>DatabaseJson</name>
    <message>
        <source>reading the tables</source>
        <translation>la lecture des tables</translation>
    </message>
    <message>
        <source>reading the foreign keys</source>
        <translation>la lecture des clés étrangères</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>reading the table %1</source>
        <translation>la lecture de la table %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file is not a Dealboard database export.</source>
        <translation>Le fichier n&apos;est pas un export de base de données Dealboard.</translation>
    </message>
    <message>
        <source>The file was exported from schema version %1; this database uses version %2. Import it with the same version of Dealboard.</source>
        <translation>Le fichier a été exporté depuis la version %1 du schéma&#xa0;; cette base de données utilise la version %2. Importez-le avec la même version de Dealboard.</translation>
    </message>
    <message>
        <source>checking that the database is empty</source>
        <translation>la vérification que la base de données est vide</translation>
    </message>
    <message>
        <source>The file has a table %1 this database does not know.</source>
        <translation>Le fichier contient une table %1 que cette base de données ne connaît pas.</translation>
    </message>
    <message>
        <source>The table %1 of the file is not a list of rows.</source>
        <translation>La table %1 du fichier n&apos;est pas une liste de lignes.</translation>
    </message>
    <message>
        <source>Cannot start the import.</source>
        <translation>Impossible de démarrer l&apos;import.</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>la lecture du schéma</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>la préparation de l&apos;import</translation>
    </message>
    <message>
        <source>emptying the table %1</source>
        <translation>le vidage de la table %1</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 is not an object.</source>
        <translation>La ligne %1 de la table %2 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>importing the table %1</source>
        <translation>l&apos;import de la table %1</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 has an unexpected value in %3.</source>
        <translation>La ligne %1 de la table %2 a une valeur inattendue dans %3.</translation>
    </message>
    <message>
        <source>importing row %1 of the table %2</source>
        <translation>l&apos;import de la ligne %1 de la table %2</translation>
    </message>
    <message>
        <source>checking the references</source>
        <translation>la vérification des références</translation>
    </message>
    <message>
        <source>The file is inconsistent: a row of the table %1 refers to a missing row of %2.</source>
        <translation>Le fichier est incohérent&#xa0;: une ligne de la table %1 fait référence à une ligne manquante de %2.</translation>
    </message>
    <message>
        <source>rebuilding the indexes and triggers</source>
        <translation>la reconstruction des index et des déclencheurs</translation>
    </message>
    <message>
        <source>reading the playbook</source>
        <translation>la lecture du playbook</translation>
    </message>
    <message>
        <source>the imported file</source>
        <translation>du fichier importé</translation>
    </message>
    <message>
        <source>importing the playbook</source>
        <translation>l&apos;import du playbook</translation>
    </message>
    <message>
        <source>The database is not empty: its table %1 holds rows. A JSON export is imported into a new, empty database only.</source>
        <translation>La base de données n&apos;est pas vide&#xa0;: sa table %1 contient des lignes. Un export JSON ne s&apos;importe que dans une nouvelle base de données vide.</translation>
    </message>
</context>
<context>
    <name>DealAddCommand</name>
    <message>
        <source>Add a deal.</source>
        <translation>Ajouter un deal.</translation>
    </message>
    <message>
        <source>What is being sold.</source>
        <translation>Ce qui est vendu.</translation>
    </message>
    <message>
        <source>The company, by name or id; a new name creates it.</source>
        <translation>L&apos;entreprise, par nom ou id ; un nouveau nom la crée.</translation>
    </message>
    <message>
        <source>Monthly recurring revenue in euros (1234.50 or 1 234,50).</source>
        <translation>Revenu mensuel récurrent (MRR) en euros (1234.50 ou 1 234,50).</translation>
    </message>
    <message>
        <source>One-time amount in euros.</source>
        <translation>Montant ponctuel en euros.</translation>
    </message>
    <message>
        <source>Stage key (default: the first stage).</source>
        <translation>Clé de l&apos;étape (par défaut : la première étape).</translation>
    </message>
    <message>
        <source>Primary contact&apos;s email; a new one creates the contact.</source>
        <translation>Email du contact principal ; une nouvelle adresse crée le contact.</translation>
    </message>
    <message>
        <source>Expected close date, YYYY-MM-DD.</source>
        <translation>Date de clôture prévue, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Who owns the deal.</source>
        <translation>Responsable du deal.</translation>
    </message>
    <message>
        <source>Where the deal came from.</source>
        <translation>Provenance du deal.</translation>
    </message>
    <message>
        <source>Missing --%1. See: dealboard-cli deal add --help</source>
        <translation>Il manque --%1. Voir : dealboard-cli deal add --help</translation>
    </message>
    <message>
        <source>A deal cannot start as lost; add it, then use deal move with --reason.</source>
        <translation>Un deal ne peut pas être créé à l&apos;étape lost ; ajoutez-le, puis utilisez deal move avec --reason.</translation>
    </message>
    <message>
        <source>--mrr: %1</source>
        <translation>--mrr : %1</translation>
    </message>
    <message>
        <source>--one-time: %1</source>
        <translation>--one-time : %1</translation>
    </message>
    <message>
        <source>--close-date: &quot;%1&quot; is not a date like 2026-12-31.</source>
        <translation>--close-date : &quot;%1&quot; n&apos;est pas une date au format 2026-12-31.</translation>
    </message>
    <message>
        <source>--email: &quot;%1&quot; is not a valid email address.</source>
        <translation>--email : &quot;%1&quot; n&apos;est pas une adresse email valide.</translation>
    </message>
    <message>
        <source>Added deal %1: %2 (%3, %4/month)</source>
        <translation>Deal %1 ajouté : %2 (%3, %4/mois)</translation>
    </message>
</context>
<context>
    <name>DealListCommand</name>
    <message>
        <source>List the deals.</source>
        <translation>Lister les deals.</translation>
    </message>
    <message>
        <source>Only the deals in this stage.</source>
        <translation>Uniquement les deals à cette étape.</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;; use one of: %2.</source>
        <translation>Étape &quot;%1&quot; inconnue ; utilisez l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s); open pipeline %1 MRR, weighted %2.</source>
        <translation>
            <numerusform>%n deal ; pipeline ouvert %1 de MRR, pondéré %2.</numerusform>
            <numerusform>%n deals ; pipeline ouvert %1 de MRR, pondéré %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealMoveCommand</name>
    <message>
        <source>Move a deal to another stage.</source>
        <translation>Déplacer un deal vers une autre étape.</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>L&apos;id du deal.</translation>
    </message>
    <message>
        <source>The stage key: lead, qualified, demo, proposal, nego, won, lost or customer.</source>
        <translation>La clé de l&apos;étape : lead, qualified, demo, proposal, nego, won, lost ou customer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de deal.</translation>
    </message>
    <message>
        <source>Moving to lost needs --reason (%1).</source>
        <translation>Le passage à lost nécessite --reason (%1).</translation>
    </message>
    <message>
        <source>Deal %1 is now in %2.</source>
        <translation>Le deal %1 est maintenant à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Cannot move deal %1 to %2: unmet %3.</source>
        <translation>Impossible de déplacer le deal %1 vers l&apos;étape %2 ; critères non remplis : %3.</translation>
    </message>
    <message>
        <source>Score it with dealboard-cli deal qualify %1.</source>
        <translation>Attribuez-lui un score avec dealboard-cli deal qualify %1.</translation>
    </message>
    <message>
        <source>Give the contact&apos;s email with --email.</source>
        <translation>Indiquez l&apos;email du contact avec --email.</translation>
    </message>
    <message>
        <source>Tick them with --check KEY.</source>
        <translation>Cochez-les avec --check KEY.</translation>
    </message>
    <message>
        <source>Tick %1 with --check KEY.</source>
        <translation>Cochez %1 avec --check KEY.</translation>
    </message>
    <message>
        <source>Tick a criterion of a stage gate on the way (repeat for several), for example need-identified.</source>
        <translation>Cocher un des critères de passage rencontrés en chemin (répéter l&apos;option pour en cocher plusieurs), par exemple need-identified.</translation>
    </message>
    <message>
        <source>The contact&apos;s email, when the gate needs a valid one.</source>
        <translation>L&apos;email du contact, quand les critères de passage exigent une adresse valide.</translation>
    </message>
    <message>
        <source>Why it was lost (budget, timing, competitor, no-fit, no-response) or won (support, price, features, timing).</source>
        <translation>Raison de la perte (budget, timing, competitor, no-fit, no-response) ou du gain (support, price, features, timing).</translation>
    </message>
    <message>
        <source>A short note on why it was lost or won, kept in the history.</source>
        <translation>Une courte note sur la raison de la perte ou du gain, conservée dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;; use one of: %2.</source>
        <translation>Raison &quot;%1&quot; inconnue ; utilisez l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>Record the buyer&apos;s signature with dealboard-cli quote sign %1 --by NAME --method email|esign|in-person (signed outside Dealboard: --check signed-quote).</source>
        <translation>Enregistrez la signature de l&apos;acheteur avec dealboard-cli quote sign %1 --by NAME --method email|esign|in-person (signé hors de Dealboard&#xa0;: --check signed-quote).</translation>
    </message>
    <message>
        <source>Send the deal a quote (dealboard-cli quote create %1, then quote send) and record its signature with dealboard-cli quote sign (signed outside Dealboard: --check signed-quote).</source>
        <translation>Envoyez un devis pour ce deal (dealboard-cli quote create %1, puis quote send) et enregistrez sa signature avec dealboard-cli quote sign (signé hors de Dealboard&#xa0;: --check signed-quote).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Who it was lost to (with --reason competitor), or the competitor beaten when won.</source>
        <translation>Le concurrent qui a remporté le deal (avec --reason competitor), ou le concurrent battu en cas de gain.</translation>
    </message>
    <message>
        <source>Win/loss review: the decisive factor.</source>
        <translation>Revue win/loss&#xa0;: le facteur décisif.</translation>
    </message>
    <message>
        <source>Win/loss review: what to repeat (won) or to avoid (lost).</source>
        <translation>Revue win/loss&#xa0;: ce qu&apos;il faut reproduire (gagné) ou éviter (perdu).</translation>
    </message>
    <message>
        <source>Win/loss review: what we could have done (lost).</source>
        <translation>Revue win/loss&#xa0;: ce qu&apos;on aurait pu faire (perdu).</translation>
    </message>
    <message>
        <source>Win/loss review: recontact the client on this date (YYYY-MM-DD); adds a call to the follow-ups.</source>
        <translation>Revue win/loss&#xa0;: recontacter le client à cette date (YYYY-MM-DD)&#xa0;; ajoute un call aux relances.</translation>
    </message>
    <message>
        <source>Win/loss review: product feedback.</source>
        <translation>Revue win/loss&#xa0;: le feedback produit.</translation>
    </message>
    <message>
        <source>Win/loss review: a process improvement.</source>
        <translation>Revue win/loss&#xa0;: une amélioration du process.</translation>
    </message>
    <message>
        <source>The win/loss review options go with a move to won or lost.</source>
        <translation>Les options de la revue win/loss accompagnent un passage à won ou lost.</translation>
    </message>
</context>
<context>
    <name>DealObjectionRepository</name>
    <message>
        <source>finding the deal</source>
        <translation>la recherche du deal</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Aucun deal avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>There is no objection &quot;%1&quot;.</source>
        <translation>Aucune objection «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>logging the objection</source>
        <translation>l&apos;enregistrement de l&apos;objection</translation>
    </message>
    <message>
        <source>reading the deal&apos;s objections</source>
        <translation>la lecture des objections du deal</translation>
    </message>
    <message>
        <source>reading the deal&apos;s objection</source>
        <translation>la lecture de l&apos;objection du deal</translation>
    </message>
    <message>
        <source>There is no objection met with id %1.</source>
        <translation>Aucune objection rencontrée avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>saving the deal&apos;s objection</source>
        <translation>l&apos;enregistrement de l&apos;objection du deal</translation>
    </message>
    <message>
        <source>There is no removed objection met with id %1.</source>
        <translation>Aucune objection rencontrée retirée avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>counting the objections met</source>
        <translation>le comptage des objections rencontrées</translation>
    </message>
</context>
<context>
    <name>DealQualifyCommand</name>
    <message>
        <source>Score a deal with BANT+ (Budget, Authority, Need, Timeline, Fit).</source>
        <translation>Attribuer un score BANT+ à un deal (Budget, Autorité, Besoin, Timeline, Fit).</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>L&apos;id du deal.</translation>
    </message>
    <message>
        <source>Budget, 1–4: &lt; 100 €, 100–500 €, 500–2K €, &gt; 2K €.</source>
        <translation>Budget, 1–4 : &lt; 100 €, 100–500 €, 500–2K €, &gt; 2K €.</translation>
    </message>
    <message>
        <source>Authority, 1–4: user, influencer, decision maker, economic buyer.</source>
        <translation>Autorité, 1–4 : utilisateur, influenceur, décideur, acheteur économique.</translation>
    </message>
    <message>
        <source>Need, 1–4: nice-to-have, important, urgent, critical.</source>
        <translation>Besoin, 1–4 : nice-to-have, important, urgent, critique.</translation>
    </message>
    <message>
        <source>Timeline, 1–4: &gt; 6 months, 3–6 months, 1–3 months, &lt; 1 month.</source>
        <translation>Timeline, 1–4 : &gt; 6 mois, 3–6 mois, 1–3 mois, &lt; 1 mois.</translation>
    </message>
    <message>
        <source>Fit, 0–3: none, partial, good, perfect.</source>
        <translation>Fit, 0–3 : aucun, partiel, bon, parfait.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de deal.</translation>
    </message>
    <message>
        <source>Missing --%1. See: dealboard-cli deal qualify --help</source>
        <translation>Il manque --%1. Voir : dealboard-cli deal qualify --help</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Deal %1 qualified: BANT+ %2/%3</source>
        <translation>Deal %1 qualifié : BANT+ %2/%3</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>A deal needs a title.</source>
        <translation>Un deal doit avoir un titre.</translation>
    </message>
    <message>
        <source>The MRR cannot be negative.</source>
        <translation>Le MRR ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The one-time amount cannot be negative.</source>
        <translation>Le montant ponctuel ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The MRR and the one-time amount must be in the same currency.</source>
        <translation>Le MRR et le montant ponctuel doivent être dans la même devise.</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;; use one of: %2.</source>
        <translation>Étape &quot;%1&quot; inconnue ; utilisez l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>A deal needs a company.</source>
        <translation>Un deal doit avoir une entreprise.</translation>
    </message>
    <message>
        <source>A lost deal needs a reason.</source>
        <translation>Un deal perdu doit avoir une raison.</translation>
    </message>
    <message>
        <source>Name the competitor the deal was lost to.</source>
        <translation>Indiquez le concurrent qui a remporté le deal.</translation>
    </message>
    <message>
        <source>placing the deal</source>
        <translation>le positionnement du deal</translation>
    </message>
    <message>
        <source>saving the deal</source>
        <translation>l&apos;enregistrement du deal</translation>
    </message>
    <message>
        <source>Cannot save the deal: %1</source>
        <translation>Impossible d&apos;enregistrer le deal : %1</translation>
    </message>
    <message>
        <source>Deal %1 is already in %2.</source>
        <translation>Le deal %1 est déjà à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>moving the deal</source>
        <translation>le déplacement du deal</translation>
    </message>
    <message>
        <source>deleting the deal</source>
        <translation>la suppression du deal</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Aucun deal avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>Deal %1 is not deleted.</source>
        <translation>Le deal %1 n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <source>reading the deal</source>
        <translation>la lecture du deal</translation>
    </message>
    <message>
        <source>listing deals</source>
        <translation>la lecture de la liste des deals</translation>
    </message>
    <message>
        <source>A deal cannot be placed before itself.</source>
        <translation>Un deal ne peut pas être placé avant lui-même.</translation>
    </message>
    <message>
        <source>Deal %1 is not in the same column as deal %2.</source>
        <translation>Le deal %1 n&apos;est pas dans la même colonne que le deal %2.</translation>
    </message>
    <message>
        <source>restoring the deal</source>
        <translation>la restauration du deal</translation>
    </message>
    <message>
        <source>reading the checklist</source>
        <translation>la lecture des critères cochés</translation>
    </message>
    <message>
        <source>ticking the checklist</source>
        <translation>l&apos;enregistrement d&apos;un critère coché</translation>
    </message>
    <message>
        <source>unticking the checklist</source>
        <translation>le retrait d&apos;un critère coché</translation>
    </message>
    <message>
        <source>Unknown reason for winning &quot;%1&quot;; use one of: %2.</source>
        <translation>Raison de gain &quot;%1&quot; inconnue ; utilisez l&apos;une de ces valeurs : %2.</translation>
    </message>
</context>
<context>
    <name>DealShowCommand</name>
    <message>
        <source>Show a deal and its history.</source>
        <translation>Afficher un deal et son historique.</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>L&apos;id du deal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de deal.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Deal %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Decisive factor</source>
        <translation>Facteur décisif</translation>
    </message>
    <message>
        <source>Competitor beaten</source>
        <translation>Concurrent battu</translation>
    </message>
    <message>
        <source>Lost to</source>
        <translation>Perdu face à</translation>
    </message>
    <message>
        <source>To repeat</source>
        <translation>À reproduire</translation>
    </message>
    <message>
        <source>To avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>Could have done</source>
        <translation>Ce qu&apos;on aurait pu faire</translation>
    </message>
    <message>
        <source>Recontact on</source>
        <translation>Recontacter le</translation>
    </message>
    <message>
        <source>Product feedback</source>
        <translation>Feedback produit</translation>
    </message>
    <message>
        <source>Process improvement</source>
        <translation>Amélioration process</translation>
    </message>
    <message>
        <source>Win/loss review</source>
        <translation>Revue win/loss</translation>
    </message>
</context>
<context>
    <name>DealWorkflow</name>
    <message>
        <source>Unknown stage &quot;%1&quot;; use one of: %2.</source>
        <translation>Étape &quot;%1&quot; inconnue ; utilisez l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>“%1” comes from the deal&apos;s data and cannot be ticked.</source>
        <translation>“%1” découle des données du deal et ne peut pas être coché.</translation>
    </message>
    <message>
        <source>There is nothing to tick to move from %1 to %2.</source>
        <translation>Il n&apos;y a rien à cocher pour passer de %1 à %2.</translation>
    </message>
    <message>
        <source>Unknown criterion “%1” for a move from %2 to %3; use one of: %4.</source>
        <translation>Critère “%1” inconnu pour un passage de %2 à %3 ; utilisez l&apos;une de ces valeurs : %4.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>“%1” n&apos;est pas une adresse email valide.</translation>
    </message>
    <message>
        <source>Deal %1 is already in %2.</source>
        <translation>Le deal %1 est déjà à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Deal %1 is not in %2.</source>
        <translation>Le deal %1 n&apos;est pas à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Event %1 was already undone.</source>
        <translation>L&apos;événement %1 a déjà été annulé.</translation>
    </message>
    <message>
        <source>Event %1 (%2) cannot be undone.</source>
        <translation>L&apos;événement %1 (%2) ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Event %1 (%2 of %3 %4) is not part of a change to deal %5.</source>
        <translation>L&apos;événement %1 (%2 de %3 %4) ne fait pas partie d&apos;une modification du deal %5.</translation>
    </message>
    <message>
        <source>reading the deal&apos;s quotes</source>
        <translation>la lecture des devis du deal</translation>
    </message>
    <message>
        <source>Recontact %1</source>
        <translation>Recontacter %1</translation>
    </message>
    <message>
        <source>Asked by the win/loss review of “%1”.</source>
        <translation>Demandé par la revue win/loss de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A win/loss review goes with a move to Won or Lost.</source>
        <translation>Une revue win/loss accompagne un passage à Gagné ou Perdu.</translation>
    </message>
    <message>
        <source>Deal %1 is not closed: its win/loss review comes with the move to Won or Lost.</source>
        <translation>Le deal %1 n&apos;est pas clôturé&#xa0;: sa revue win/loss se fait lors du passage à Gagné ou Perdu.</translation>
    </message>
    <message>
        <source>reading the recontact call</source>
        <translation>la lecture de l&apos;appel de recontact</translation>
    </message>
</context>
<context>
    <name>DemoActivities</name>
    <message>
        <source>Reply to the inbound request</source>
        <translation>Répondre à la demande entrante</translation>
    </message>
    <message>
        <source>Demo call</source>
        <translation>Call de démo</translation>
    </message>
    <message>
        <source>adding sample activities</source>
        <translation>l&apos;ajout des activités d&apos;exemple</translation>
    </message>
    <message>
        <source>adding sample objections</source>
        <translation>l&apos;ajout des objections d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill the database with realistic sample data.</source>
        <translation>Remplir la base de données avec des données d&apos;exemple réalistes.</translation>
    </message>
    <message>
        <source>Number of deals (default 300).</source>
        <translation>Nombre de deals (300 par défaut).</translation>
    </message>
    <message>
        <source>Random seed (default 1): the same seed gives the same data.</source>
        <translation>Graine aléatoire (1 par défaut) : la même graine donne les mêmes données.</translation>
    </message>
    <message>
        <source>--deals needs a whole number, not &quot;%1&quot;.</source>
        <translation>--deals attend un nombre entier, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added %1 companies, %2 contacts, %3 deals and %4 events in %5 ms.</source>
        <translation>%1 entreprises, %2 contacts, %3 deals et %4 événements ajoutés en %5 ms.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of deals must be between 0 and 1,000,000.</source>
        <translation>Le nombre de deals doit être compris entre 0 et 1 000 000.</translation>
    </message>
    <message>
        <source>Cancelled: no sample data was added.</source>
        <translation>Annulé : aucune donnée d&apos;exemple n&apos;a été ajoutée.</translation>
    </message>
</context>
<context>
    <name>DemoQuotes</name>
    <message>
        <source>Cannot read the sample deals: %1</source>
        <translation>Impossible de lire les deals d&apos;exemple&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DiscountDecision</name>
    <message>
        <source>%1 (playbook rule %2, %3)</source>
        <translation>%1 (règle du playbook %2, %3)</translation>
    </message>
</context>
<context>
    <name>DiscountPolicy</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Unknown contract type &quot;%1&quot;; choose one of: %2.</source>
        <translation>Type de contrat « %1 » inconnu ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>%1 à %2 mois</translation>
    </message>
    <message>
        <source>%1 months or more</source>
        <translation>%1 mois ou plus</translation>
    </message>
    <message>
        <source>A %1 contract runs %2; %3 months is outside that. Change the term or the contract type.</source>
        <translation>Un contrat %1 dure %2 ; %3 mois est en dehors. Changez la durée ou le type de contrat.</translation>
    </message>
    <message>
        <source>The discount &quot;%1&quot; is asked for twice; keep one.</source>
        <translation>La remise « %1 » est demandée deux fois ; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, automatic: the %3 contract commits for %n months.</source>
        <translation>
            <numerusform>%1 : %2, automatique : le contrat %3 engage pour %n mois.</numerusform>
            <numerusform>%1 : %2, automatique : le contrat %3 engage pour %n mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 on the first %n month(s), automatic: the buyer came through a referral.</source>
        <translation>
            <numerusform>%1 : %2 sur le premier mois, automatique : l&apos;acheteur vient d&apos;un parrainage.</numerusform>
            <numerusform>%1 : %2 sur les %n premiers mois, automatique : l&apos;acheteur vient d&apos;un parrainage.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, automatic: the quote has %3 distinct products (%4 or more).</source>
        <translation>%1 : %2, automatique : le devis compte %3 produits distincts (%4 ou plus).</translation>
    </message>
    <message>
        <source>Unknown discount &quot;%1&quot;; the playbook&apos;s founder discounts are: %2.</source>
        <translation>Remise « %1 » inconnue ; les remises fondateur du playbook sont : %2.</translation>
    </message>
    <message>
        <source>%1 refused: a %2 contract has no commitment, and the playbook forbids a negotiated discount without one. Choose an annual or longer contract.</source>
        <translation>%1 refusée : un contrat %2 est sans engagement, et le playbook interdit une remise négociée sans engagement. Choisissez un contrat annuel ou plus long.</translation>
    </message>
    <message>
        <source>%1 refused: it needs a monthly amount of at least %2 before discount; this quote comes to %3.</source>
        <translation>%1 refusée : elle demande un montant mensuel d&apos;au moins %2 avant remise ; ce devis fait %3.</translation>
    </message>
    <message>
        <source>%1 refused: it needs a commitment of at least %2 months; this quote commits for %3. Lengthen the term.</source>
        <translation>%1 refusée : elle demande un engagement d&apos;au moins %2 mois ; ce devis engage pour %3. Allongez la durée.</translation>
    </message>
    <message>
        <source>%1 refused: with the annual discount (%2) it makes %3, above its cap of %4 in total. Ask for %5 at most.</source>
        <translation>%1 refusée : avec la remise annuelle (%2) elle fait %3, au-dessus de son plafond de %4 au total. Demandez %5 au plus.</translation>
    </message>
    <message>
        <source>%1 refused: %2 is above its cap of %3. Ask for %3 at most.</source>
        <translation>%1 refusée : %2 dépasse son plafond de %3. Demandez %3 au plus.</translation>
    </message>
    <message>
        <source>%1: %2, a founder discount (the founder agrees to it).</source>
        <translation>%1 : %2, remise fondateur (le fondateur l&apos;accorde).</translation>
    </message>
    <message>
        <source>The %1 contract allows %2 at most (annual and founder discounts together); this quote comes to %3. Lower the founder discounts or choose another contract type.</source>
        <translation>Le contrat %1 permet %2 au plus (remises annuelle et fondateur ensemble) ; ce devis fait %3. Réduisez les remises fondateur ou choisissez un autre type de contrat.</translation>
    </message>
    <message>
        <source>The %1 contract comes with %2 at least; this quote has %3. Add a founder discount or choose another contract type.</source>
        <translation>Le contrat %1 s&apos;accompagne d&apos;au moins %2 ; ce devis a %3. Ajoutez une remise fondateur ou choisissez un autre type de contrat.</translation>
    </message>
    <message>
        <source>The %1 contract&apos;s discount (%2) is within its range.</source>
        <translation>La remise du contrat %1 (%2) est dans sa fourchette.</translation>
    </message>
    <message>
        <source>The total discount (%1) is above the cap of %2, accepted as an exceptional case: %3</source>
        <translation>La remise totale (%1) dépasse le plafond de %2, acceptée comme cas exceptionnel : %3</translation>
    </message>
    <message>
        <source>The total discount (%1) is refused: the playbook caps it at %2. Lower the discounts, or mark one as exceptional with a written justification.</source>
        <translation>La remise totale (%1) est refusée : le playbook la plafonne à %2. Réduisez les remises, ou marquez-en une comme exceptionnelle avec une justification écrite.</translation>
    </message>
    <message>
        <source>%1 needs a written justification: the total discount (%2) is above %3.</source>
        <translation>%1 demande une justification écrite : la remise totale (%2) dépasse %3.</translation>
    </message>
    <message>
        <source>%1 is justified: %2</source>
        <translation>%1 est justifiée : %2</translation>
    </message>
    <message>
        <source>%1 needs the founder&apos;s recorded validation (name, date and email reference): the total discount (%2) is above %3.</source>
        <translation>%1 demande la validation enregistrée du fondateur (nom, date et référence de l&apos;email) : la remise totale (%2) dépasse %3.</translation>
    </message>
    <message>
        <source>%1 was validated by %2 on %3 (%4).</source>
        <translation>%1 a été validée par %2 le %3 (%4).</translation>
    </message>
    <message>
        <source>%1: −%2, as recorded on quote %3.</source>
        <translation>%1 : −%2, comme enregistré sur le devis %3.</translation>
    </message>
</context>
<context>
    <name>DiscountRules</name>
    <message>
        <source>The playbook&apos;s %1.%2 must be a whole number ≥ 0.</source>
        <translation>Dans le playbook, %1.%2 doit être un nombre entier ≥ 0.</translation>
    </message>
    <message>
        <source>The playbook&apos;s %1 must be a list.</source>
        <translation>Dans le playbook, %1 doit être une liste.</translation>
    </message>
    <message>
        <source>The playbook&apos;s %1 has no key.</source>
        <translation>Dans le playbook, %1 n&apos;a pas de clé.</translation>
    </message>
    <message>
        <source>The playbook&apos;s %1 has a rate above 100 %.</source>
        <translation>Dans le playbook, %1 a un taux supérieur à 100 %.</translation>
    </message>
    <message>
        <source>The playbook has no &quot;discounts&quot; section (§7.2).</source>
        <translation>Le playbook n&apos;a pas de section « discounts » (§7.2).</translation>
    </message>
    <message>
        <source>The playbook&apos;s discounts.%1 is above 100 %.</source>
        <translation>Dans le playbook, discounts.%1 dépasse 100 %.</translation>
    </message>
</context>
<context>
    <name>DocumentFormat</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1, not an image Dealboard can read</source>
        <translation>%1, pas une image que Dealboard sait lire</translation>
    </message>
    <message>
        <source>%1 %2, %3 × %4 px</source>
        <translation>%1 %2, %3 × %4 px</translation>
    </message>
    <message>
        <source>%1: there is no file %2.</source>
        <translation>%1&#xa0;: le fichier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: %2 is %3 KB, more than the %4 KB allowed.</source>
        <translation>%1&#xa0;: %2 fait %3 Ko, plus que les %4 Ko autorisés.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 is not an image Dealboard can read (PNG or JPEG).</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une image que Dealboard sait lire (PNG ou JPEG).</translation>
    </message>
</context>
<context>
    <name>EmailFormat</name>
    <message>
        <source>(no email address)</source>
        <translation>(pas d&apos;adresse email)</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Attachment: %1 (%n byte(s))</source>
        <translation>
            <numerusform>Pièce jointe&#xa0;: %1 (%n octet)</numerusform>
            <numerusform>Pièce jointe&#xa0;: %1 (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not filled, so not sendable: %1 (unknown placeholders, or values the deal does not have yet).</source>
        <translation>Non rempli, donc impossible à envoyer&#xa0;: %1 (champs inconnus, ou valeurs que le deal n&apos;a pas encore).</translation>
    </message>
</context>
<context>
    <name>EmailRenderCommand</name>
    <message>
        <source>Print an email template filled from a deal; exit 1 listing the placeholders that are unknown or have no value. --lang fr|en picks the template&apos;s language (default fr).</source>
        <translation>Afficher un modèle d&apos;email rempli à partir d&apos;un deal&#xa0;; sortir avec le code 1 en listant les champs inconnus ou sans valeur. --lang fr|en choisit la langue du modèle (fr par défaut).</translation>
    </message>
    <message>
        <source>The template: %1.</source>
        <translation>Le modèle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>L&apos;id du deal.</translation>
    </message>
    <message>
        <source>The recipient (default: the deal&apos;s contact).</source>
        <translation>Le destinataire (par défaut&#xa0;: le contact du deal).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de deal.</translation>
    </message>
</context>
<context>
    <name>EmailSendCommand</name>
    <message>
        <source>Send an email template filled from a deal through the SMTP server (smtp set) and log it as a done email activity on the deal. Refuses while a placeholder is unknown or empty; on failure prints the draft. --lang fr|en picks the template&apos;s language (default fr).</source>
        <translation>Envoyer un modèle d&apos;email rempli à partir d&apos;un deal via le serveur SMTP (smtp set) et l&apos;enregistrer sur le deal comme activité email faite. Refuse tant qu&apos;un champ est inconnu ou vide&#xa0;; en cas d&apos;échec, affiche le brouillon. --lang fr|en choisit la langue du modèle (fr par défaut).</translation>
    </message>
    <message>
        <source>The template: %1.</source>
        <translation>Le modèle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>L&apos;id du deal.</translation>
    </message>
    <message>
        <source>The recipient (default: the deal&apos;s contact).</source>
        <translation>Le destinataire (par défaut&#xa0;: le contact du deal).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Attach this quote of the deal as a PDF.</source>
        <translation>Joindre ce devis du deal en PDF.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de deal.</translation>
    </message>
    <message>
        <source>Quote %1 belongs to deal %2, not to deal %3.</source>
        <translation>Le devis %1 appartient au deal %2, pas au deal %3.</translation>
    </message>
    <message>
        <source>Cannot read the quote&apos;s PDF: %1</source>
        <translation>Impossible de lire le PDF du devis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent &quot;%1&quot; to %2; logged as activity %3 on deal %4.</source>
        <translation>«&#xa0;%1&#xa0;» envoyé à %2&#xa0;; enregistré comme activité %3 sur le deal %4.</translation>
    </message>
    <message>
        <source>Sent &quot;%1&quot; to %2. %3</source>
        <translation>«&#xa0;%1&#xa0;» envoyé à %2. %3</translation>
    </message>
</context>
<context>
    <name>EmailService</name>
    <message>
        <source>The email was not sent: fill or remove %1 first.</source>
        <translation>L&apos;email n&apos;a pas été envoyé&#xa0;: remplissez ou retirez d&apos;abord %1.</translation>
    </message>
    <message>
        <source>The email was not sent: the deal&apos;s contact has no email address.</source>
        <translation>L&apos;email n&apos;a pas été envoyé&#xa0;: le contact du deal n&apos;a pas d&apos;adresse email.</translation>
    </message>
    <message>
        <source>The email was not sent: &quot;%1&quot; is not an email address.</source>
        <translation>L&apos;email n&apos;a pas été envoyé&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse email.</translation>
    </message>
    <message>
        <source>The email was not sent: no SMTP server is set up yet.</source>
        <translation>L&apos;email n&apos;a pas été envoyé&#xa0;: aucun serveur SMTP n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>The email was not sent: no password is saved for %1 in the keychain.</source>
        <translation>L&apos;email n&apos;a pas été envoyé&#xa0;: aucun mot de passe n&apos;est enregistré pour %1 dans le trousseau.</translation>
    </message>
    <message>
        <source>The email was sent, but logging it on the deal failed: %1</source>
        <translation>L&apos;email a été envoyé, mais son enregistrement sur le deal a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EmailTemplates</name>
    <message>
        <source>Reply to an inbound lead (within 4 hours)</source>
        <translation>Réponse à un lead entrant (sous 4 heures)</translation>
    </message>
    <message>
        <source>Follow-up the day after a demo (D+1)</source>
        <translation>Relance le lendemain d&apos;une démo (J+1)</translation>
    </message>
    <message>
        <source>Follow-up on a quote left unanswered (D+7)</source>
        <translation>Relance d&apos;un devis resté sans réponse (J+7)</translation>
    </message>
    <message>
        <source>Recap and demo agenda after a qualified discovery call</source>
        <translation>Récap et agenda de la démo après un call de découverte qualifié</translation>
    </message>
    <message>
        <source>News from a lead whose timing was not right</source>
        <translation>Des nouvelles d&apos;un lead dont le timing n&apos;était pas le bon</translation>
    </message>
    <message>
        <source>Unknown email template &quot;%1&quot;; use one of: %2.</source>
        <translation>Modèle d&apos;email «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown template language &quot;%1&quot;; use fr or en.</source>
        <translation>Langue de modèle «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez fr ou en.</translation>
    </message>
    <message>
        <source>reading the email template</source>
        <translation>la lecture du modèle d&apos;email</translation>
    </message>
    <message>
        <source>The email&apos;s subject cannot be empty.</source>
        <translation>L&apos;objet de l&apos;email ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The email&apos;s body cannot be empty.</source>
        <translation>Le corps de l&apos;email ne peut pas être vide.</translation>
    </message>
    <message>
        <source>saving the email template</source>
        <translation>l&apos;enregistrement du modèle d&apos;email</translation>
    </message>
    <message>
        <source>resetting the email template</source>
        <translation>la réinitialisation du modèle d&apos;email</translation>
    </message>
</context>
<context>
    <name>EmailTemplatesCommand</name>
    <message>
        <source>List the email templates in each language, edited or built-in.</source>
        <translation>Lister les modèles d&apos;email dans chaque langue, modifiés ou d&apos;origine.</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>d&apos;origine</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>recording the change</source>
        <translation>l&apos;enregistrement de la modification</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>la lecture de l&apos;historique</translation>
    </message>
    <message>
        <source>counting events</source>
        <translation>le comptage des événements</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Aucun événement avec l&apos;id %1.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export deals, companies, contacts, activities or quotes to CSV, or the whole database to JSON.</source>
        <translation>Exporter des deals, des entreprises, des contacts, des activités ou des devis en CSV, ou toute la base de données en JSON.</translation>
    </message>
    <message>
        <source>deals, companies, contacts, activities, quotes (CSV; quotes: one row per line) or json (the whole database).</source>
        <translation>deals, companies, contacts, activities, quotes (CSV&#xa0;; quotes&#xa0;: une ligne CSV par ligne de devis) ou json (toute la base de données).</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Le fichier à écrire (remplacé s&apos;il existe).</translation>
    </message>
    <message>
        <source>The CSV delimiter: &quot;,&quot; (default), &quot;;&quot; (Excel in a French locale; decimals then use a comma) or &quot;tab&quot;.</source>
        <translation>Le séparateur CSV&#xa0;: &quot;,&quot; (par défaut), &quot;;&quot; (Excel en paramètres régionaux français&#xa0;; les décimales prennent alors une virgule) ou &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>Write the CSV without the UTF-8 byte order mark Excel needs.</source>
        <translation>Écrire le CSV sans l&apos;indicateur d&apos;ordre des octets (BOM) UTF-8 dont Excel a besoin.</translation>
    </message>
    <message>
        <source>--delimiter and --no-bom apply to CSV exports only.</source>
        <translation>--delimiter et --no-bom ne s&apos;appliquent qu&apos;aux exports CSV.</translation>
    </message>
    <message>
        <source>The whole database (%1 rows) written to %2.</source>
        <translation>Toute la base de données (%1 lignes) a été écrite dans %2.</translation>
    </message>
    <message>
        <source>Unknown export &quot;%1&quot;: use deals, companies, contacts, activities, quotes or json.</source>
        <translation>Export «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez deals, companies, contacts, activities, quotes ou json.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;.</source>
        <translation>Séparateur «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez &quot;,&quot;, &quot;;&quot; ou &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>%1 %2 written to %3.</source>
        <translation>Fichier %3 écrit&#xa0;: %1 %2.</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 pts</translation>
    </message>
</context>
<context>
    <name>FollowUpPlan</name>
    <message>
        <source>Demo call (fast track, this week)</source>
        <translation>Call de démo (fast track, cette semaine)</translation>
    </message>
    <message>
        <source>Call (nurture, within 2 weeks)</source>
        <translation>Call (nurture, dans les 2 semaines)</translation>
    </message>
    <message>
        <source>Start the nurture email sequence</source>
        <translation>Lancer la séquence d&apos;emails de nurture</translation>
    </message>
    <message>
        <source>Requalify</source>
        <translation>Requalifier</translation>
    </message>
    <message>
        <source>Disqualify or send to self-service</source>
        <translation>Disqualifier ou orienter vers le self-service</translation>
    </message>
</context>
<context>
    <name>FollowUpRules</name>
    <message>
        <source>reading the follow-ups</source>
        <translation>la lecture des relances</translation>
    </message>
    <message>
        <source>Reply to the new lead: %1</source>
        <translation>Répondre au nouveau lead&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prepare the demo: %1</source>
        <translation>Préparer la démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review the discovery notes
Prepare a tailored environment
Find the client&apos;s own use cases
Prepare answers to the likely objections</source>
        <translation>Relire les notes de la découverte
Préparer un environnement sur mesure
Trouver les cas d&apos;usage propres au client
Préparer des réponses aux objections probables</translation>
    </message>
    <message>
        <source>Send the demo recap: %1</source>
        <translation>Envoyer le récap de la démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Post-demo follow-up: %1</source>
        <translation>Relance post-démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow up on quote %1 (no answer)</source>
        <translation>Relancer le devis %1 (sans réponse)</translation>
    </message>
    <message>
        <source>Recontact (not now): %1</source>
        <translation>Recontacter (pas maintenant)&#xa0;: %1</translation>
    </message>
    <message>
        <source>removing the follow-ups no longer needed</source>
        <translation>la suppression des relances devenues inutiles</translation>
    </message>
</context>
<context>
    <name>FollowUpsCalendar</name>
    <message>
        <source>reading the deals</source>
        <translation>la lecture des deals</translation>
    </message>
</context>
<context>
    <name>FollowupsIcsCommand</name>
    <message>
        <source>Write the open follow-ups to an iCalendar (.ics) file.</source>
        <translation>Écrire les relances ouvertes dans un fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>The .ics file to write (replaced if it exists).</source>
        <translation>Le fichier .ics à écrire (remplacé s&apos;il existe).</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) written to %1.</source>
        <translation>
            <numerusform>%n relance écrite dans %1.</numerusform>
            <numerusform>%n relances écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastAccuracy</name>
    <message>
        <source>The period or the as-of day is not valid.</source>
        <translation>La période ou la date de référence n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <source>Show the weighted forecast, commit, best case and pipeline.</source>
        <translation>Afficher les prévisions pondérées, le commit, le best case et le pipeline.</translation>
    </message>
    <message>
        <source>Forecast as of %1</source>
        <translation>Prévisions au %1</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Open MRR</source>
        <translation>MRR ouvert</translation>
    </message>
    <message>
        <source>Open MRR × 12</source>
        <translation>MRR ouvert × 12</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>dépassement</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Deals ouverts</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Deals expected to close from %1 to %2</source>
        <translation>Deals dont la clôture est prévue du %1 au %2</translation>
    </message>
    <message>
        <source>Forecast accuracy (forecast as it stood the day before each month)</source>
        <translation>Précision des prévisions (prévision telle qu&apos;elle était la veille de chaque mois)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Deals gagnés</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
</context>
<context>
    <name>FunnelCalculator</name>
    <message>
        <source>The period is not valid.</source>
        <translation>La période n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The as-of date is not valid.</source>
        <translation>La date de référence n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>reading the funnel</source>
        <translation>la lecture du funnel</translation>
    </message>
</context>
<context>
    <name>FunnelCommand</name>
    <message>
        <source>Show the funnel of the deals created in a period and its conversions.</source>
        <translation>Afficher le funnel des deals créés sur une période et ses taux de conversion.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) created in the period.</source>
        <translation>
            <numerusform>%n deal créé sur la période.</numerusform>
            <numerusform>%n deals créés sur la période.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Of the cohort</source>
        <translation>De la cohorte</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
</context>
<context>
    <name>HiringInputs</name>
    <message>
        <source>The as-of day is not valid.</source>
        <translation>La date de référence n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>reading the pipeline</source>
        <translation>la lecture du pipeline</translation>
    </message>
</context>
<context>
    <name>HiringTrigger</name>
    <message>
        <source>MRR now</source>
        <translation>MRR actuel</translation>
    </message>
    <message>
        <source>Pipeline, annualised</source>
        <translation>Pipeline annualisé</translation>
    </message>
    <message>
        <source>Latest first-month churn</source>
        <translation>Dernier churn du premier mois</translation>
    </message>
    <message>
        <source>Largest deal (MRR)</source>
        <translation>Plus gros deal (MRR)</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>Deal&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>reading the columns of %1</source>
        <translation>la lecture des colonnes de %1</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>l&apos;enregistrement de l&apos;import</translation>
    </message>
    <message>
        <source>reading the row before the import</source>
        <translation>la lecture de la ligne avant l&apos;import</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Introuvable&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <source>listing the imports</source>
        <translation>la lecture de la liste des imports</translation>
    </message>
    <message>
        <source>reading the import</source>
        <translation>la lecture de l&apos;import</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>L&apos;import %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Import %1 was already undone on %2.</source>
        <translation>L&apos;import %1 a déjà été annulé le %2.</translation>
    </message>
    <message>
        <source>undoing the import</source>
        <translation>l&apos;annulation de l&apos;import</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import deals, companies or contacts from a CSV export of HubSpot, Pipedrive or Dealboard, in one transaction; or a whole-database JSON export into an empty database.</source>
        <translation>Importer des deals, des entreprises ou des contacts depuis un export CSV de HubSpot, Pipedrive ou Dealboard, en une seule transaction&#xa0;; ou l&apos;export JSON d&apos;une base de données complète dans une base vide.</translation>
    </message>
    <message>
        <source>The CSV or JSON file.</source>
        <translation>Le fichier CSV ou JSON.</translation>
    </message>
    <message>
        <source>Who wrote the file: auto (default), hubspot, pipedrive or dealboard. It decides which column holds the CRM&apos;s id.</source>
        <translation>Le logiciel qui a écrit le fichier&#xa0;: auto (par défaut), hubspot, pipedrive ou dealboard. Il détermine la colonne qui contient l&apos;id du CRM.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>What the rows are, when the headers do not say: deals, companies or contacts.</source>
        <translation>Ce que sont les lignes, quand les en-têtes ne le disent pas&#xa0;: deals, companies ou contacts.</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Map a stage of the file to a playbook stage, as &quot;VALUE=STAGE&quot; (repeatable): --stage &quot;Closed won=won&quot;.</source>
        <translation>Faire correspondre une étape du fichier à une étape du playbook, sous la forme &quot;VALEUR=ÉTAPE&quot; (répétable)&#xa0;: --stage &quot;Closed won=won&quot;.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <source>How the dates are written: iso, dmy (24/11/2026) or mdy (11/24/2026). Needed when every date reads both ways.</source>
        <translation>L&apos;écriture des dates&#xa0;: iso, dmy (24/11/2026) ou mdy (11/24/2026). Nécessaire quand chaque date peut se lire dans les deux sens.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>The decimal separator of the amounts: point or comma.</source>
        <translation>Le séparateur décimal des montants&#xa0;: point ou comma.</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>What an &quot;Amount&quot; or &quot;Value&quot; column is: monthly (MRR, the default) or one-time.</source>
        <translation>Ce que contient une colonne «&#xa0;Montant&#xa0;» ou «&#xa0;Valeur&#xa0;» (Amount, Value)&#xa0;: monthly (MRR, par défaut) ou one-time.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>Import the other rows when some have problems.</source>
        <translation>Importer les autres lignes quand certaines posent problème.</translation>
    </message>
    <message>
        <source>Report what would be created or updated, write nothing.</source>
        <translation>Indiquer ce qui serait créé ou mis à jour, sans rien écrire.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use auto, hubspot, pipedrive or dealboard.</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez auto, hubspot, pipedrive ou dealboard.</translation>
    </message>
    <message>
        <source>Unknown --entity &quot;%1&quot;: use deals, companies or contacts.</source>
        <translation>--entity&#xa0;: «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez deals, companies ou contacts.</translation>
    </message>
    <message>
        <source>--stage &quot;%1&quot;: write VALUE=STAGE with one of: %2.</source>
        <translation>--stage «&#xa0;%1&#xa0;»&#xa0;: écrivez VALEUR=ÉTAPE avec l&apos;une de ces étapes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown --dates &quot;%1&quot;: use iso, dmy or mdy.</source>
        <translation>--dates&#xa0;: «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez iso, dmy ou mdy.</translation>
    </message>
    <message>
        <source>Every date of the file reads both day first and month first (03/04/2026): say which with --dates dmy or --dates mdy.</source>
        <translation>Chaque date du fichier peut se lire le jour en premier comme le mois en premier (03/04/2026)&#xa0;: précisez l&apos;ordre avec --dates dmy ou --dates mdy.</translation>
    </message>
    <message>
        <source>Unknown --decimal &quot;%1&quot;: use point or comma.</source>
        <translation>--decimal&#xa0;: «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez point ou comma.</translation>
    </message>
    <message>
        <source>The amounts of the file (such as 1,234) read both as thousands and as decimals: say which with --decimal point or --decimal comma.</source>
        <translation>Les montants du fichier (comme 1,234) peuvent se lire comme des milliers ou comme des décimales&#xa0;: précisez le séparateur avec --decimal point ou --decimal comma.</translation>
    </message>
    <message>
        <source>Unknown --amount &quot;%1&quot;: use monthly or one-time.</source>
        <translation>--amount&#xa0;: «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez monthly ou one-time.</translation>
    </message>
    <message>
        <source>--dry-run is for CSV files; a JSON export goes whole into an empty database.</source>
        <translation>--dry-run est réservé aux fichiers CSV&#xa0;; un export JSON s&apos;importe en entier dans une base de données vide.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>%1 lignes importées depuis %2.</translation>
    </message>
</context>
<context>
    <name>ImportListCommand</name>
    <message>
        <source>List the imports, latest first.</source>
        <translation>Lister les imports, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>No imports.</source>
        <translation>Aucun import.</translation>
    </message>
    <message>
        <source>%1  %2  %3 (%4, %5): %6 rows, %7 created, %8 updated</source>
        <translation>%1  %2  %3 (%4, %5)&#xa0;: %6 lignes, %7 créations, %8 mises à jour</translation>
    </message>
    <message>
        <source>, undone %1</source>
        <translation>, annulé le %1</translation>
    </message>
</context>
<context>
    <name>ImportReportFormat</name>
    <message>
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>unknown rows</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>%1: %2 rows of %3 %4.</source>
        <translation>%1&#xa0;: %2 lignes (%4, %3).</translation>
    </message>
    <message>
        <source>  %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>  %1 — ajouts&#xa0;: %2, mises à jour&#xa0;: %3, sans changement&#xa0;: %4</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) marked deleted in %1 left out.</source>
        <translation>
            <numerusform>  %n ligne laissée de côté&#xa0;: marquée comme supprimée dans %1.</numerusform>
            <numerusform>  %n lignes laissées de côté&#xa0;: marquées comme supprimées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation>  ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Imported as batch %1 (undo it with: dealboard-cli import undo %1).</source>
        <translation>Import n°&#xa0;%1 enregistré (pour l&apos;annuler&#xa0;: dealboard-cli import undo %1).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file or the mapping, or leave those rows out with --skip-problems.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne pose problème. Corrigez le fichier ou la correspondance, ou laissez cette ligne de côté avec --skip-problems.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes posent problème. Corrigez le fichier ou la correspondance, ou laissez ces lignes de côté avec --skip-problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the database.</source>
        <translation>Rien à importer&#xa0;: toutes les lignes sont déjà dans la base de données.</translation>
    </message>
    <message>
        <source>  … and %1 more problems.</source>
        <translation>  … et %1 autres problèmes.</translation>
    </message>
</context>
<context>
    <name>ImportRowApplier</name>
    <message>
        <source>Company of line %1</source>
        <translation>Entreprise de la ligne %1</translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>The amount %1 is negative.</source>
        <translation>Le montant %1 est négatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>The amount is in %1: Dealboard keeps amounts in %2 and does not convert them.</source>
        <translation>Le montant est en %1&#xa0;: Dealboard conserve les montants en %2 et ne les convertit pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a segment of the playbook.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un segment du playbook.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision role.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle décisionnel.</translation>
    </message>
    <message>
        <source>The deal has no title.</source>
        <translation>Le deal n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;: choose a playbook stage for it.</source>
        <translation>Étape «&#xa0;%1&#xa0;» inconnue&#xa0;: choisissez-lui une étape du playbook.</translation>
    </message>
    <message>
        <source>The company has no name.</source>
        <translation>L&apos;entreprise n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The contact has neither a name nor an email.</source>
        <translation>Le contact n&apos;a ni nom ni email.</translation>
    </message>
</context>
<context>
    <name>ImportScanner</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>No column of this file names a deal, a company or a contact field (first line: %1).</source>
        <translation>Aucune colonne de ce fichier ne désigne un champ de deal, d&apos;entreprise ou de contact (première ligne&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportUndoCommand</name>
    <message>
        <source>Undo an import as a whole: the rows it created are deleted, the ones it updated are set back.</source>
        <translation>Annuler un import dans son ensemble&#xa0;: les lignes qu&apos;il a créées sont supprimées, celles qu&apos;il a mises à jour sont remises dans leur état antérieur.</translation>
    </message>
    <message>
        <source>The import&apos;s number (see import list).</source>
        <translation>Le numéro de l&apos;import (voir import list).</translation>
    </message>
    <message>
        <source>Undo even when rows of the import were changed since.</source>
        <translation>Annuler même si des lignes de l&apos;import ont été modifiées depuis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an import number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro d&apos;import.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of import %1 changed since it: undoing would set them back or delete them. Pass --force to undo anyway.</source>
        <translation>
            <numerusform>%n ligne de l&apos;import %1 a été modifiée depuis&#xa0;: l&apos;annulation la remettrait dans son état antérieur ou la supprimerait. Ajoutez --force pour annuler quand même.</numerusform>
            <numerusform>%n lignes de l&apos;import %1 ont été modifiées depuis&#xa0;: l&apos;annulation les remettrait dans leur état antérieur ou les supprimerait. Ajoutez --force pour annuler quand même.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 undone: %2 rows removed, %3 set back.</source>
        <translation>Import %1 annulé&#xa0;: %2 lignes supprimées, %3 remises dans leur état antérieur.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>updating the company</source>
        <translation>la mise à jour de l&apos;entreprise</translation>
    </message>
    <message>
        <source>updating the contact</source>
        <translation>la mise à jour du contact</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Choose what the rows of the file are: deals, companies or contacts.</source>
        <translation>Indiquez ce que sont les lignes du fichier&#xa0;: des deals, des entreprises ou des contacts.</translation>
    </message>
    <message>
        <source>The mapping does not match the file&apos;s columns.</source>
        <translation>La correspondance ne concorde pas avec les colonnes du fichier.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>L&apos;import a été annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the database, or bring its schema up to date.</source>
        <translation>Créer la base de données, ou mettre son schéma à jour.</translation>
    </message>
    <message>
        <source>%1 is ready (schema %2).</source>
        <translation>%1 est prêt (schéma %2).</translation>
    </message>
</context>
<context>
    <name>IssuedDocumentRepository</name>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 in hexadecimal.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un SHA-256 en hexadécimal.</translation>
    </message>
    <message>
        <source>recording the issued document</source>
        <translation>enregistrement du document émis</translation>
    </message>
    <message>
        <source>reading the issued documents</source>
        <translation>lecture des documents émis</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s) (is it locked?); the password of %1 could not be read.</source>
        <translation>
            <numerusform>Le trousseau système n&apos;a pas répondu en %n seconde (est-il verrouillé&#xa0;?)&#xa0;; le mot de passe de %1 n&apos;a pas pu être lu.</numerusform>
            <numerusform>Le trousseau système n&apos;a pas répondu en %n secondes (est-il verrouillé&#xa0;?)&#xa0;; le mot de passe de %1 n&apos;a pas pu être lu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the password of %1 could not be read: %2</source>
        <translation>Le trousseau système est injoignable, donc le mot de passe de %1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s) (is it locked?); the password of %1 was not saved.</source>
        <translation>
            <numerusform>Le trousseau système n&apos;a pas répondu en %n seconde (est-il verrouillé&#xa0;?)&#xa0;; le mot de passe de %1 n&apos;a pas été enregistré.</numerusform>
            <numerusform>Le trousseau système n&apos;a pas répondu en %n secondes (est-il verrouillé&#xa0;?)&#xa0;; le mot de passe de %1 n&apos;a pas été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the password of %1 was not saved (it is never stored anywhere else): %2</source>
        <translation>Le trousseau système est injoignable, donc le mot de passe de %1 n&apos;a pas été enregistré (il n&apos;est jamais stocké ailleurs)&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s) (is it locked?); the password of %1 was not removed.</source>
        <translation>
            <numerusform>Le trousseau système n&apos;a pas répondu en %n seconde (est-il verrouillé&#xa0;?)&#xa0;; le mot de passe de %1 n&apos;a pas été supprimé.</numerusform>
            <numerusform>Le trousseau système n&apos;a pas répondu en %n secondes (est-il verrouillé&#xa0;?)&#xa0;; le mot de passe de %1 n&apos;a pas été supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the password of %1 was not removed: %2</source>
        <translation>Le trousseau système est injoignable, donc le mot de passe de %1 n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>This build of Dealboard has no keychain support, so the password of %1 cannot be read.</source>
        <translation>Cette version de Dealboard ne prend pas en charge le trousseau&#xa0;: le mot de passe de %1 ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>This build of Dealboard has no keychain support, so the password of %1 cannot be saved (it is never stored anywhere else).</source>
        <translation>Cette version de Dealboard ne prend pas en charge le trousseau&#xa0;: le mot de passe de %1 ne peut donc pas être enregistré (il n&apos;est jamais stocké ailleurs).</translation>
    </message>
    <message>
        <source>This build of Dealboard has no keychain support, so the password of %1 cannot be removed.</source>
        <translation>Cette version de Dealboard ne prend pas en charge le trousseau&#xa0;: le mot de passe de %1 ne peut donc pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>KpiCalculator</name>
    <message>
        <source>The period or the as-of day is not valid.</source>
        <translation>La période ou la date de référence n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>counting wins</source>
        <translation>le comptage des deals gagnés</translation>
    </message>
    <message>
        <source>The period starts on %1, after the day the figures are read (%2).</source>
        <translation>La période commence le %1, après la date de référence des chiffres (%2).</translation>
    </message>
    <message>
        <source>counting leads</source>
        <translation>le comptage des leads</translation>
    </message>
    <message>
        <source>counting demos</source>
        <translation>le comptage des démos</translation>
    </message>
    <message>
        <source>measuring first responses</source>
        <translation>la mesure des délais de première réponse</translation>
    </message>
</context>
<context>
    <name>KpiEntryRepository</name>
    <message>
        <source>An NPS is between -100 and 100, not %1.</source>
        <translation>Un NPS est compris entre -100 et 100, pas %1.</translation>
    </message>
    <message>
        <source>%1 must be between 0 % and 100 %.</source>
        <translation>%1 : la valeur doit être comprise entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>The CAC cannot be negative.</source>
        <translation>Le CAC ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Unknown KPI &quot;%1&quot;; use one of: %2.</source>
        <translation>KPI &quot;%1&quot; inconnu ; utilisez l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Churn in the first month</source>
        <translation>Churn du premier mois</translation>
    </message>
    <message>
        <source>Expansion at month 6</source>
        <translation>Expansion à 6 mois</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM.</source>
        <translation>&quot;%1&quot; n&apos;est pas un mois : saisissez-le au format YYYY-MM.</translation>
    </message>
    <message>
        <source>reading the KPI entries</source>
        <translation>la lecture des KPI saisis</translation>
    </message>
    <message>
        <source>The month is not valid.</source>
        <translation>Le mois n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>saving the KPI entry</source>
        <translation>l&apos;enregistrement du KPI saisi</translation>
    </message>
    <message>
        <source>There is no %1 entry for %2.</source>
        <translation>%1 : aucune valeur saisie pour %2.</translation>
    </message>
    <message>
        <source>removing the KPI entry</source>
        <translation>le retrait du KPI saisi</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>La période n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>KpisCommand</name>
    <message>
        <source>Show the KPIs of a period; kpis set and kpis unset edit the monthly entries.</source>
        <translation>Afficher les KPI d&apos;une période ; kpis set et kpis unset modifient les valeurs mensuelles.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Demos</source>
        <translation>Démos</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Deals gagnés</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Nouveau MRR</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>sous %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Première réponse, médiane</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Réponse dans les délais</translation>
    </message>
    <message>
        <source>Answered / unanswered</source>
        <translation>Avec / sans réponse</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Demo show rate</source>
        <translation>Taux de présence aux démos</translation>
    </message>
    <message>
        <source>Demos done / due</source>
        <translation>Démos faites / prévues</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
</context>
<context>
    <name>KpisSetCommand</name>
    <message>
        <source>Enter monthly KPIs: NPS, first-month churn, month-6 expansion, CAC.</source>
        <translation>Saisir les KPI mensuels : NPS, churn du premier mois, expansion à 6 mois, CAC.</translation>
    </message>
    <message>
        <source>The month the values are for (YYYY-MM).</source>
        <translation>Le mois auquel se rapportent les valeurs (YYYY-MM).</translation>
    </message>
    <message>
        <source>Net promoter score, -100 to 100.</source>
        <translation>Net Promoter Score, de -100 à 100.</translation>
    </message>
    <message>
        <source>Churn in the first month, in percent (4.5).</source>
        <translation>Churn du premier mois, en pourcentage (4,5).</translation>
    </message>
    <message>
        <source>Expansion at month 6, in percent (25).</source>
        <translation>Expansion à 6 mois, en pourcentage (25).</translation>
    </message>
    <message>
        <source>Customer acquisition cost in euros (150 or 1 234,50).</source>
        <translation>Coût d&apos;acquisition client en euros (150 ou 1 234,50).</translation>
    </message>
    <message>
        <source>Missing --month. See: dealboard-cli kpis set --help</source>
        <translation>Il manque --month. Voir : dealboard-cli kpis set --help</translation>
    </message>
    <message>
        <source>--month: %1</source>
        <translation>--month : %1</translation>
    </message>
    <message>
        <source>--nps: &quot;%1&quot; is not a whole number from -100 to 100.</source>
        <translation>--nps : &quot;%1&quot; n&apos;est pas un nombre entier entre -100 et 100.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a percentage like 4.5 (two decimals at most).</source>
        <translation>--%1 : &quot;%2&quot; n&apos;est pas un pourcentage comme 4,5 (deux décimales au plus).</translation>
    </message>
    <message>
        <source>--cac: %1</source>
        <translation>--cac : %1</translation>
    </message>
    <message>
        <source>Nothing to set: give --nps, --churn, --expansion or --cac.</source>
        <translation>Rien à enregistrer : indiquez --nps, --churn, --expansion ou --cac.</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
</context>
<context>
    <name>KpisUnsetCommand</name>
    <message>
        <source>Remove a monthly KPI entry.</source>
        <translation>Retirer une valeur mensuelle de KPI.</translation>
    </message>
    <message>
        <source>The month of the entry (YYYY-MM).</source>
        <translation>Le mois de la valeur (YYYY-MM).</translation>
    </message>
    <message>
        <source>The KPI: nps, churn_m1, expansion_m6 or cac.</source>
        <translation>Le KPI : nps, churn_m1, expansion_m6 ou cac.</translation>
    </message>
    <message>
        <source>Missing --%1. See: dealboard-cli kpis unset --help</source>
        <translation>Il manque --%1. Voir : dealboard-cli kpis unset --help</translation>
    </message>
    <message>
        <source>--month: %1</source>
        <translation>--month : %1</translation>
    </message>
    <message>
        <source>--kpi: unknown KPI &quot;%1&quot;; use one of: %2.</source>
        <translation>--kpi : KPI &quot;%1&quot; inconnu ; utilisez l&apos;une de ces valeurs : %2.</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Show the pipeline metrics of a period against their targets.</source>
        <translation>Afficher les indicateurs du pipeline d&apos;une période face à leurs objectifs.</translation>
    </message>
    <message>
        <source>New-MRR quota in euros for the coverage (default: the objective of the quarter the period ends in).</source>
        <translation>Quota de nouveau MRR en euros pour la couverture (par défaut : l&apos;objectif du trimestre où se termine la période).</translation>
    </message>
    <message>
        <source>--quota: %1</source>
        <translation>--quota : %1</translation>
    </message>
    <message>
        <source>--quota: the quota must be above zero, not %1.</source>
        <translation>--quota : le quota doit être supérieur à zéro, pas %1.</translation>
    </message>
    <message>
        <source>%1 / day</source>
        <translation>%1 / jour</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Pipeline, annualised</source>
        <translation>Pipeline annualisé</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de gain</translation>
    </message>
    <message>
        <source>Qualified win rate</source>
        <translation>Taux de gain qualifié</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Deal moyen</translation>
    </message>
    <message>
        <source>Average cycle</source>
        <translation>Cycle moyen</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Deals ouverts</translation>
    </message>
    <message>
        <source>Sales velocity</source>
        <translation>Vélocité commerciale</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Nouveau MRR</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Previous (%1 → %2)</source>
        <translation>Période précédente (%1 → %2)</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Companies, contacts, deals, event log and playbook</source>
        <translation>Entreprises, contacts, deals, journal des événements et playbook</translation>
    </message>
    <message>
        <source>Append-only event log, board and import indexes</source>
        <translation>Journal des événements en ajout seul, index du tableau et des imports</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>Cannot migrate the schema from version %1 to %2.</source>
        <translation>Impossible de migrer le schéma de la version %1 à la version %2.</translation>
    </message>
    <message>
        <source>Cannot start the migration: %1</source>
        <translation>Impossible de démarrer la migration : %1</translation>
    </message>
    <message>
        <source>Schema step %1 failed: %2 (%3)</source>
        <translation>L&apos;étape %1 du schéma a échoué : %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot commit the schema migration: %1</source>
        <translation>Impossible de valider la migration du schéma : %1</translation>
    </message>
    <message>
        <source>Gate checklists and BANT+ qualifications</source>
        <translation>Critères de passage cochés et qualifications BANT+</translation>
    </message>
    <message>
        <source>Draft qualifications and follow-up activities</source>
        <translation>Qualifications en brouillon et activités de relance</translation>
    </message>
    <message>
        <source>Monthly KPI entries and analytics indexes</source>
        <translation>Saisies mensuelles des KPI et index d&apos;analyse</translation>
    </message>
    <message>
        <source>Product catalogue, quotes, their lines and discounts</source>
        <translation>Catalogue de produits, devis, leurs lignes et leurs remises</translation>
    </message>
    <message>
        <source>Seller&apos;s details, signature images and the register of issued PDFs</source>
        <translation>Coordonnées du vendeur, images de signature et registre des PDF émis</translation>
    </message>
    <message>
        <source>Import batches, so that an import can be undone</source>
        <translation>Historique des imports, pour qu&apos;un import puisse être annulé</translation>
    </message>
    <message>
        <source>Activities with their contact, time, outcome and rule; email templates and the SMTP settings</source>
        <translation>Activités avec leur contact, leur temps, leur résultat et leur règle&#xa0;; modèles d&apos;email et réglages SMTP</translation>
    </message>
    <message>
        <source>Weekly priorities, the objection library, objections met and the win/loss form</source>
        <translation>Priorités de la semaine, bibliothèque d&apos;objections, objections rencontrées et formulaire win/loss</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2.</source>
        <translation>Impossible d&apos;ajouter %1 à %2.</translation>
    </message>
    <message>
        <source>Cannot subtract %1 from %2.</source>
        <translation>Impossible de soustraire %1 de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Type it like %2 or %3.</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant. Saisissez-le sous la forme %2 ou %3.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals.</source>
        <translation>&quot;%1&quot; a plus de deux décimales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant en %2.</translation>
    </message>
</context>
<context>
    <name>ObjectionListCommand</name>
    <message>
        <source>List the objections of the playbook and their answers.</source>
        <translation>Lister les objections du playbook et leurs réponses.</translation>
    </message>
    <message>
        <source>Only this category: %1.</source>
        <translation>Uniquement cette catégorie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>Unknown --lang &quot;%1&quot;: use fr or en.</source>
        <translation>Valeur --lang «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; use one of: %2.</source>
        <translation>Catégorie «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (modifiée)</translation>
    </message>
    <message>
        <source>No objection.</source>
        <translation>Aucune objection.</translation>
    </message>
</context>
<context>
    <name>ObjectionLogCommand</name>
    <message>
        <source>Log an objection met on a deal (see objection list for the keys).</source>
        <translation>Enregistrer une objection rencontrée sur un deal (voir objection list pour les clés).</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>L&apos;id du deal.</translation>
    </message>
    <message>
        <source>The objection&apos;s key, e.g. competition-aws.</source>
        <translation>La clé de l&apos;objection, par ex. competition-aws.</translation>
    </message>
    <message>
        <source>What the prospect said.</source>
        <translation>Ce qu&apos;a dit le prospect.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un id de deal.</translation>
    </message>
    <message>
        <source>Objection %1 (%2) logged on deal %3.</source>
        <translation>Objection %1 (%2) enregistrée sur le deal %3.</translation>
    </message>
</context>
<context>
    <name>ObjectionRepository</name>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Concurrence</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use fr or en.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; use one of: %2.</source>
        <translation>Catégorie «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Write the objection, as the prospect says it.</source>
        <translation>Écrivez l&apos;objection telle que le prospect la formule.</translation>
    </message>
    <message>
        <source>Write the answer to the objection.</source>
        <translation>Écrivez la réponse à l&apos;objection.</translation>
    </message>
    <message>
        <source>reading the objections</source>
        <translation>la lecture des objections</translation>
    </message>
    <message>
        <source>There is no objection &quot;%1&quot;.</source>
        <translation>Aucune objection «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>reading the objection</source>
        <translation>la lecture de l&apos;objection</translation>
    </message>
    <message>
        <source>saving the objection</source>
        <translation>l&apos;enregistrement de l&apos;objection</translation>
    </message>
    <message>
        <source>There is already an objection &quot;%1&quot;.</source>
        <translation>L&apos;objection «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the playbook&apos;s objections: it has no text to go back to.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une objection du playbook&#xa0;: elle n&apos;a pas de texte d&apos;origine à rétablir.</translation>
    </message>
    <message>
        <source>resetting the objection</source>
        <translation>la réinitialisation de l&apos;objection</translation>
    </message>
</context>
<context>
    <name>ObjectiveProgressCalculator</name>
    <message>
        <source>The as-of date is not valid.</source>
        <translation>La date de référence n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>ObjectivesCommand</name>
    <message>
        <source>Show the quarterly objectives against the actuals, and the hiring triggers.</source>
        <translation>Afficher les objectifs trimestriels face aux réalisations, et les déclencheurs d&apos;embauche.</translation>
    </message>
    <message>
        <source>Objectives as of %1</source>
        <translation>Objectifs au %1</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No objective in the playbook for this period.</source>
        <translation>Aucun objectif dans le playbook pour cette période.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Nouveau MRR</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Deals gagnés</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Deal moyen</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de gain</translation>
    </message>
    <message>
        <source>Hiring triggers</source>
        <translation>Déclencheurs d&apos;embauche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any condition</source>
        <translation>au moins une condition</translation>
    </message>
    <message>
        <source>all conditions</source>
        <translation>toutes les conditions</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Embaucher</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actuel</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; n&apos;est pas une date : saisissez-la au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>La période commence (%1) après sa fin (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter: write it as YYYY-Q1 … YYYY-Q4.</source>
        <translation>&quot;%1&quot; n&apos;est pas un trimestre : saisissez-le au format YYYY-Q1 … YYYY-Q4.</translation>
    </message>
</context>
<context>
    <name>PipelineMetricsCalculator</name>
    <message>
        <source>reading the closed deals</source>
        <translation>la lecture des deals clôturés</translation>
    </message>
    <message>
        <source>reading the pipeline</source>
        <translation>la lecture du pipeline</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>La période n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The as-of date is not valid.</source>
        <translation>La date de référence n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>PipelineSnapshot</name>
    <message>
        <source>The snapshot date is not valid.</source>
        <translation>La date de l&apos;instantané n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>reading the deals</source>
        <translation>la lecture des deals</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>la lecture de l&apos;historique</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>expected open, won, lost or customer</source>
        <translation>attendu : open, won, lost ou customer</translation>
    </message>
    <message>
        <source>Cannot read the playbook %1: %2</source>
        <translation>Impossible de lire le playbook %1 : %2</translation>
    </message>
    <message>
        <source>The playbook %1 is not valid JSON: %2 at offset %3.</source>
        <translation>Le playbook %1 n&apos;est pas un JSON valide : %2 à la position %3.</translation>
    </message>
    <message>
        <source>The playbook %1 is not a JSON object.</source>
        <translation>Le playbook %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; appears twice</source>
        <translation>l&apos;étape &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>expected exactly one won, one lost and one customer stage</source>
        <translation>attendu : exactement une étape won, une étape lost et une étape customer</translation>
    </message>
    <message>
        <source>unknown motion &quot;%1&quot;</source>
        <translation>motion &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>étape &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>missing section</source>
        <translation>section manquante</translation>
    </message>
    <message>
        <source>The playbook %1 is invalid: %2</source>
        <translation>Le playbook %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>A rotting limit cannot be negative.</source>
        <translation>Une limite de stagnation ne peut pas être négative.</translation>
    </message>
    <message>
        <source>edited in Settings</source>
        <translation>modifié dans les Réglages</translation>
    </message>
    <message>
        <source>expected a quarter such as 2025-Q1</source>
        <translation>attendu : un trimestre comme 2025-Q1</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the quarter &quot;%1&quot; appears twice</source>
        <translation>le trimestre &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>edited objectives</source>
        <translation>aux objectifs modifiés</translation>
    </message>
</context>
<context>
    <name>PlaybookScripts</name>
    <message>
        <source>Trigger: contact form, demo request or chat</source>
        <translation>Trigger&#xa0;: formulaire de contact, demande de démo ou chat</translation>
    </message>
    <message>
        <source>H+0–4: reply fast</source>
        <translation>H+0–4&#xa0;: répondre vite</translation>
    </message>
    <message>
        <source>A personal email (not a generic template)</source>
        <translation>Un email personnalisé (pas un template générique)</translation>
    </message>
    <message>
        <source>Offer a discovery call this week</source>
        <translation>Proposer un call discovery cette semaine</translation>
    </message>
    <message>
        <source>If urgent: call directly</source>
        <translation>Si urgent&#xa0;: appeler directement</translation>
    </message>
    <message>
        <source>Discovery call (15 min)</source>
        <translation>Call discovery (15 min)</translation>
    </message>
    <message>
        <source>Quick introduction of each other (2 min)</source>
        <translation>Présentation rapide mutuelle (2 min)</translation>
    </message>
    <message>
        <source>BANT+ questions (8 min)</source>
        <translation>Questions BANT+ (8 min)</translation>
    </message>
    <message>
        <source>“What brings you to VMCloud?”</source>
        <translation>«&#xa0;Qu&apos;est-ce qui vous amène vers VMCloud&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>“What is your current setup?”</source>
        <translation>«&#xa0;Quel est votre setup actuel&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>“What problems do you run into?”</source>
        <translation>«&#xa0;Quels problèmes rencontrez-vous&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>“What is your approximate budget?”</source>
        <translation>«&#xa0;Quel est votre budget approximatif&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>“What is your timeline?”</source>
        <translation>«&#xa0;Quelle est votre timeline&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Qualify the fit (3 min)</source>
        <translation>Qualifier le fit (3 min)</translation>
    </message>
    <message>
        <source>Next steps (2 min)</source>
        <translation>Next steps (2 min)</translation>
    </message>
    <message>
        <source>If qualified (score ≥ 10)</source>
        <translation>Si qualifié (score ≥ 10)</translation>
    </message>
    <message>
        <source>Schedule a demo within the week</source>
        <translation>Planifier une démo dans la semaine</translation>
    </message>
    <message>
        <source>Send a recap email with the agenda</source>
        <translation>Envoyer un email récap avec l&apos;agenda</translation>
    </message>
    <message>
        <source>Prepare a tailored demo</source>
        <translation>Préparer une démo personnalisée</translation>
    </message>
    <message>
        <source>If not qualified</source>
        <translation>Si non qualifié</translation>
    </message>
    <message>
        <source>Point them to self-service</source>
        <translation>Orienter vers le self-service</translation>
    </message>
    <message>
        <source>Add them to the nurture sequence</source>
        <translation>Ajouter à la nurture sequence</translation>
    </message>
    <message>
        <source>Get back to them in a month if their timeline is long</source>
        <translation>Recontacter dans 1 mois si la timeline est longue</translation>
    </message>
    <message>
        <source>Pre-demo (D-1)</source>
        <translation>Pré-démo (J-1)</translation>
    </message>
    <message>
        <source>Review the discovery notes</source>
        <translation>Revoir les notes de la discovery</translation>
    </message>
    <message>
        <source>Prepare a tailored environment</source>
        <translation>Préparer un environnement personnalisé</translation>
    </message>
    <message>
        <source>Identify the client&apos;s specific use cases</source>
        <translation>Identifier les use cases spécifiques du client</translation>
    </message>
    <message>
        <source>Prepare answers to the likely objections</source>
        <translation>Préparer les réponses aux objections probables</translation>
    </message>
    <message>
        <source>0–5 min: introduction</source>
        <translation>0–5 min&#xa0;: intro</translation>
    </message>
    <message>
        <source>“Before we start, what matters most to you?”</source>
        <translation>«&#xa0;Avant de commencer, qu&apos;est-ce qui est le plus important pour vous&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Confirm the pain points</source>
        <translation>Confirmer les pain points</translation>
    </message>
    <message>
        <source>Announce the agenda</source>
        <translation>Annoncer l&apos;agenda</translation>
    </message>
    <message>
        <source>5–20 min: product demo</source>
        <translation>5–20 min&#xa0;: démo produit</translation>
    </message>
    <message>
        <source>Dashboard and navigation</source>
        <translation>Dashboard et navigation</translation>
    </message>
    <message>
        <source>Create a VPS live (wow moment)</source>
        <translation>Créer un VPS en live (wow moment)</translation>
    </message>
    <message>
        <source>Show the key features for THIS client</source>
        <translation>Montrer les features clés pour CE client</translation>
    </message>
    <message>
        <source>Tech SME: PaaS, monitoring, API</source>
        <translation>PME tech&#xa0;: PaaS, monitoring, API</translation>
    </message>
    <message>
        <source>Agency: multi-projects, backups, CDN</source>
        <translation>Agence&#xa0;: multi-projets, backups, CDN</translation>
    </message>
    <message>
        <source>ML team: GPU, environments, storage</source>
        <translation>ML team&#xa0;: GPU, environnements, storage</translation>
    </message>
    <message>
        <source>Console, SSH, logs</source>
        <translation>Console, SSH, logs</translation>
    </message>
    <message>
        <source>Built-in support (show how responsive it is)</source>
        <translation>Support intégré (montrer la réactivité)</translation>
    </message>
    <message>
        <source>20–30 min: differentiation</source>
        <translation>20–30 min&#xa0;: différenciation</translation>
    </message>
    <message>
        <source>“Here is what sets us apart from [the competitor mentioned]”</source>
        <translation>«&#xa0;Voici ce qui nous différencie de [concurrent mentionné]&#xa0;»</translation>
    </message>
    <message>
        <source>Human support (show resolved tickets)</source>
        <translation>Support humain (montrer des tickets résolus)</translation>
    </message>
    <message>
        <source>Simplicity vs AWS</source>
        <translation>Simplicité vs AWS</translation>
    </message>
    <message>
        <source>Predictable pricing (no surprises)</source>
        <translation>Prix prévisible (pas de surprises)</translation>
    </message>
    <message>
        <source>SLA and commitment</source>
        <translation>SLA et engagement</translation>
    </message>
    <message>
        <source>30–40 min: Q&amp;A</source>
        <translation>30–40 min&#xa0;: Q&amp;A</translation>
    </message>
    <message>
        <source>Answer the questions</source>
        <translation>Répondre aux questions</translation>
    </message>
    <message>
        <source>Handle the objections</source>
        <translation>Gérer les objections</translation>
    </message>
    <message>
        <source>Confirm the interest</source>
        <translation>Valider l&apos;intérêt</translation>
    </message>
    <message>
        <source>40–45 min: next steps</source>
        <translation>40–45 min&#xa0;: next steps</translation>
    </message>
    <message>
        <source>Sum up the value for them</source>
        <translation>Récapituler la valeur pour eux</translation>
    </message>
    <message>
        <source>Offer a proposal or quote</source>
        <translation>Proposer une proposition ou un devis</translation>
    </message>
    <message>
        <source>Set a follow-up date</source>
        <translation>Fixer une date de suivi</translation>
    </message>
    <message>
        <source>“What could stop you from going ahead?”</source>
        <translation>«&#xa0;Qu&apos;est-ce qui pourrait vous empêcher d&apos;avancer&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Post-demo (H+2)</source>
        <translation>Post-démo (H+2)</translation>
    </message>
    <message>
        <source>A personalised recap email</source>
        <translation>Un email récap personnalisé</translation>
    </message>
    <message>
        <source>Additional resources (docs, case study)</source>
        <translation>Ressources additionnelles (docs, case study)</translation>
    </message>
    <message>
        <source>Confirm the next step</source>
        <translation>Confirmer la prochaine étape</translation>
    </message>
    <message>
        <source>Update the CRM</source>
        <translation>Mettre à jour le CRM</translation>
    </message>
</context>
<context>
    <name>ProductActivateCommand</name>
    <message>
        <source>Offer a deactivated product on new quotes again.</source>
        <translation>Proposer à nouveau un produit désactivé sur les nouveaux devis.</translation>
    </message>
    <message>
        <source>The product&apos;s key (see product list --all).</source>
        <translation>La clé du produit (voir product list --all).</translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; is already active.</source>
        <translation>Le produit &quot;%1&quot; est déjà actif.</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>%1 réactivé.</translation>
    </message>
</context>
<context>
    <name>ProductAddCommand</name>
    <message>
        <source>Add a product to the catalogue (--name-fr, --unit-fr and --price required).</source>
        <translation>Ajouter un produit au catalogue (--name-fr, --unit-fr et --price obligatoires).</translation>
    </message>
    <message>
        <source>The new product&apos;s key: lower-case letters, digits and dashes (vps-xl).</source>
        <translation>La clé du nouveau produit&#xa0;: minuscules, chiffres et tirets (vps-xl).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>--%1: a new product needs --%1 %2.</source>
        <translation>--%1&#xa0;: un nouveau produit exige --%1 %2.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
</context>
<context>
    <name>ProductDeactivateCommand</name>
    <message>
        <source>Stop offering a product: quotes that have it keep it, new quotes cannot use it (products are never deleted).</source>
        <translation>Ne plus proposer un produit&#xa0;: les devis qui l&apos;ont le gardent, les nouveaux devis ne peuvent plus l&apos;utiliser (les produits ne sont jamais supprimés).</translation>
    </message>
    <message>
        <source>The product&apos;s key.</source>
        <translation>La clé du produit.</translation>
    </message>
    <message>
        <source>Deactivated %1; product activate %2 offers it again.</source>
        <translation>%1 désactivé&#xa0;; product activate %2 le propose à nouveau.</translation>
    </message>
</context>
<context>
    <name>ProductFormat</name>
    <message>
        <source>The name in French (what French quotes print).</source>
        <translation>Le nom en français (celui qu&apos;impriment les devis en français).</translation>
    </message>
    <message>
        <source>The name in English (default: the French name).</source>
        <translation>Le nom en anglais (par défaut&#xa0;: le nom français).</translation>
    </message>
    <message>
        <source>What the quantity counts, in French (&quot;VM&quot;, &quot;To&quot;, &quot;mois&quot;).</source>
        <translation>Ce que compte la quantité, en français (&quot;VM&quot;, &quot;To&quot;, &quot;mois&quot;).</translation>
    </message>
    <message>
        <source>The unit in English (default: the French unit).</source>
        <translation>L&apos;unité en anglais (par défaut&#xa0;: l&apos;unité française).</translation>
    </message>
    <message>
        <source>The price before tax per unit: per month, or once with --once (&quot;39.90&quot;, &quot;1 200,50&quot;).</source>
        <translation>Le prix HT par unité&#xa0;: par mois, ou une seule fois avec --once (&quot;39.90&quot;, &quot;1 200,50&quot;).</translation>
    </message>
    <message>
        <source>Billed once (a set-up fee, a migration), not every month.</source>
        <translation>Facturé une seule fois (frais de mise en service, migration), pas chaque mois.</translation>
    </message>
    <message>
        <source>Billed every month (the default of a new product).</source>
        <translation>Facturé chaque mois (par défaut pour un nouveau produit).</translation>
    </message>
    <message>
        <source>The VAT rate in percent (default 20; &quot;5.5&quot; for 5,5 %).</source>
        <translation>Le taux de TVA en pourcentage (20 par défaut&#xa0;; &quot;5.5&quot; pour 5,5&#xa0;%).</translation>
    </message>
    <message>
        <source>Billing: give --once or --monthly, not both.</source>
        <translation>Facturation&#xa0;: indiquez --once ou --monthly, pas les deux.</translation>
    </message>
    <message>
        <source>--vat: &quot;%1&quot; is not a rate; give a percentage like 20 or 5.5.</source>
        <translation>--vat&#xa0;: &quot;%1&quot; n&apos;est pas un taux&#xa0;; indiquez un pourcentage comme 20 ou 5.5.</translation>
    </message>
    <message>
        <source>%1: there is already a product &quot;%2&quot; (%3); choose another key.</source>
        <translation>%1&#xa0;: il existe déjà un produit &quot;%2&quot; (%3)&#xa0;; choisissez une autre clé.</translation>
    </message>
    <message>
        <source>%1: there is already an inactive product &quot;%2&quot; (%3); reactivate it with product activate or choose another key.</source>
        <translation>%1&#xa0;: il existe déjà un produit inactif &quot;%2&quot; (%3)&#xa0;; réactivez-le avec product activate ou choisissez une autre clé.</translation>
    </message>
    <message>
        <source>%1 per %2 a month</source>
        <translation>%1 par %2, mensuel</translation>
    </message>
    <message>
        <source>%1 per %2, once</source>
        <translation>%1 par %2, une fois</translation>
    </message>
    <message>
        <source>%1 — %2: %3, VAT %4 %</source>
        <translation>%1 — %2&#xa0;: %3, TVA %4&#xa0;%</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactif)</translation>
    </message>
</context>
<context>
    <name>ProductListCommand</name>
    <message>
        <source>List the product catalogue (the keys quote create --line takes).</source>
        <translation>Lister le catalogue de produits (les clés qu&apos;accepte quote create --line).</translation>
    </message>
    <message>
        <source>Include the products no longer offered.</source>
        <translation>Inclure les produits qui ne sont plus proposés.</translation>
    </message>
    <message>
        <source>per %1 a month</source>
        <translation>par %1, mensuel</translation>
    </message>
    <message>
        <source>per %1, once</source>
        <translation>par %1, une fois</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Price HT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>A product key is made of lower-case letters, digits and dashes (like &quot;vps-m&quot;); &quot;%1&quot; is not.</source>
        <translation>Une clé de produit se compose de minuscules, de chiffres et de tirets (comme « vps-m ») ; « %1 » n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>Un produit a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A product&apos;s price cannot be negative.</source>
        <translation>Le prix d&apos;un produit ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A VAT rate is between 0 and 100 %.</source>
        <translation>Un taux de TVA est compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>saving the product</source>
        <translation>enregistrement du produit</translation>
    </message>
    <message>
        <source>There is already a product &quot;%1&quot;; choose another key.</source>
        <translation>Il existe déjà un produit « %1 » ; choisissez une autre clé.</translation>
    </message>
    <message>
        <source>Cannot save the product (is the key &quot;%1&quot; already used?): %2</source>
        <translation>Impossible d&apos;enregistrer le produit (la clé « %1 » est-elle déjà utilisée ?) : %2</translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; is already inactive.</source>
        <translation>Le produit « %1 » est déjà inactif.</translation>
    </message>
    <message>
        <source>reading the product</source>
        <translation>lecture du produit</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Il n&apos;y a pas de produit %1.</translation>
    </message>
    <message>
        <source>There is no product &quot;%1&quot; in the catalogue.</source>
        <translation>Il n&apos;y a pas de produit « %1 » dans le catalogue.</translation>
    </message>
    <message>
        <source>reading the catalogue</source>
        <translation>lecture du catalogue</translation>
    </message>
    <message>
        <source>A product needs a unit (what its quantity counts: VM, To, mois …).</source>
        <translation>Un produit a besoin d&apos;une unité (ce que compte sa quantité&#xa0;: VM, To, mois…).</translation>
    </message>
</context>
<context>
    <name>ProductSetCommand</name>
    <message>
        <source>Change a product of the catalogue; only the options given change (quotes already made keep their prices).</source>
        <translation>Modifier un produit du catalogue&#xa0;; seules les options indiquées changent (les devis déjà établis gardent leurs prix).</translation>
    </message>
    <message>
        <source>The product&apos;s key (see product list --all).</source>
        <translation>La clé du produit (voir product list --all).</translation>
    </message>
    <message>
        <source>A new key for the product (its quotes follow it).</source>
        <translation>Une nouvelle clé pour le produit (ses devis la suivent).</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --key, --name-fr, --name-en, --unit-fr, --unit-en, --price, --once, --monthly, --vat.</source>
        <translation>Rien à modifier&#xa0;: indiquez au moins l&apos;une des options --key, --name-fr, --name-en, --unit-fr, --unit-en, --price, --once, --monthly, --vat.</translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Rien n&apos;a changé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>QualificationRepository</name>
    <message>
        <source>saving the qualification</source>
        <translation>l&apos;enregistrement de la qualification</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 : la note doit être comprise entre %2 et %3, pas %4.</translation>
    </message>
    <message>
        <source>reading the deal</source>
        <translation>la lecture du deal</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Aucun deal avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>reading the qualification</source>
        <translation>la lecture de la qualification</translation>
    </message>
    <message>
        <source>reading the qualifications</source>
        <translation>la lecture des qualifications</translation>
    </message>
    <message>
        <source>Unknown BANT+ criterion &quot;%1&quot;; use one of: %2.</source>
        <translation>Critère BANT+ &quot;%1&quot; inconnu ; utilisez l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>%1 is not answered: its score must be 0.</source>
        <translation>%1 : sans réponse, la note doit être 0.</translation>
    </message>
    <message>
        <source>removing the qualification</source>
        <translation>le retrait de la qualification</translation>
    </message>
    <message>
        <source>There is no qualification with id %1.</source>
        <translation>Aucune qualification avec l&apos;id %1.</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation>Réponse par email</translation>
    </message>
    <message>
        <source>E-signature</source>
        <translation>Signature électronique</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
</context>
<context>
    <name>QuoteCreateCommand</name>
    <message>
        <source>Create a draft quote for a deal.</source>
        <translation>Créer un devis brouillon pour un deal.</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>L&apos;id du deal.</translation>
    </message>
    <message>
        <source>A catalogue line: the product&apos;s key and the quantity, for example vps-m:2 (repeat for several; see product list).</source>
        <translation>Une ligne du catalogue : la clé du produit et la quantité, par exemple vps-m:2 (répéter pour en ajouter plusieurs ; voir product list).</translation>
    </message>
    <message>
        <source>A free line: &quot;description:price&quot;, monthly, or &quot;description:price:once&quot; for a one-time amount (repeat for several).</source>
        <translation>Une ligne libre : &quot;description:prix&quot;, mensuelle, ou &quot;description:prix:once&quot; pour un montant ponctuel (répéter pour en ajouter plusieurs).</translation>
    </message>
    <message>
        <source>The contract type: self-service, annual-standard, annual-negotiated, multi-year or enterprise.</source>
        <translation>Le type de contrat : self-service, annual-standard, annual-negotiated, multi-year ou enterprise.</translation>
    </message>
    <message>
        <source>The commitment in months (default: the contract&apos;s minimum).</source>
        <translation>L&apos;engagement en mois (par défaut : le minimum du contrat).</translation>
    </message>
    <message>
        <source>A founder discount and its percentage, for example volume:10 or partner (the rule&apos;s maximum); repeat for several.</source>
        <translation>Une remise fondateur et son pourcentage, par exemple volume:10 ou partner (le maximum de la règle) ; répéter pour en ajouter plusieurs.</translation>
    </message>
    <message>
        <source>Why the discount (required above 10 %).</source>
        <translation>Le motif de la remise (obligatoire au-delà de 10 %).</translation>
    </message>
    <message>
        <source>The founder who validated a discount above 20 %.</source>
        <translation>Le fondateur qui a validé une remise au-delà de 20 %.</translation>
    </message>
    <message>
        <source>The day of that validation (YYYY-MM-DD).</source>
        <translation>Le jour de cette validation (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The email that records that validation.</source>
        <translation>L&apos;email qui atteste cette validation.</translation>
    </message>
    <message>
        <source>The buyer came through a referral (automatic discount).</source>
        <translation>L&apos;acheteur vient d&apos;une recommandation (remise automatique).</translation>
    </message>
    <message>
        <source>Allow a total discount above the playbook&apos;s cap (needs --justification).</source>
        <translation>Autoriser une remise totale au-delà du plafond du playbook (exige --justification).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de deal.</translation>
    </message>
    <message>
        <source>A quote needs --contract TYPE.</source>
        <translation>Un devis exige --contract TYPE.</translation>
    </message>
    <message>
        <source>--term needs a number of months, not &quot;%1&quot;.</source>
        <translation>--term attend un nombre de mois, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive quantity (in --line %2).</source>
        <translation>&quot;%1&quot; n&apos;est pas une quantité positive (dans --line %2).</translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; is no longer offered.</source>
        <translation>Le produit &quot;%1&quot; n&apos;est plus proposé.</translation>
    </message>
    <message>
        <source>--free needs &quot;description:price[:once]&quot;, not &quot;%1&quot;.</source>
        <translation>--free attend &quot;description:prix[:once]&quot;, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price (in --free %2).</source>
        <translation>&quot;%1&quot; n&apos;est pas un prix (dans --free %2).</translation>
    </message>
    <message>
        <source>A quote needs at least one --line or --free line.</source>
        <translation>Un devis doit avoir au moins une ligne --line ou --free.</translation>
    </message>
    <message>
        <source>--validated-on needs a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--validated-on attend une date YYYY-MM-DD, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--discount needs KIND:PERCENT, for example volume:10, not &quot;%1&quot;.</source>
        <translation>--discount attend TYPE:POURCENTAGE, par exemple volume:10, pas &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>QuoteIssuer</name>
    <message>
        <source>reading the deal</source>
        <translation>lecture du deal</translation>
    </message>
    <message>
        <source>There is no deal %1.</source>
        <translation>Il n&apos;y a pas de deal %1.</translation>
    </message>
    <message>
        <source>reading the deal&apos;s contact</source>
        <translation>lecture du contact du deal</translation>
    </message>
    <message>
        <source>Cannot write the PDF to %1: %2</source>
        <translation>Impossible d&apos;écrire le PDF dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: not a quote Dealboard wrote (they are far smaller).</source>
        <translation>%1 fait %2 Mo&#xa0;: ce n&apos;est pas un devis écrit par Dealboard (ils sont bien plus petits).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The PDF was written to %1 but Dealboard could not record it, so quote verify will not recognise it: %2</source>
        <translation>Le PDF a été écrit dans %1, mais Dealboard n&apos;a pas pu l&apos;enregistrer&#xa0;: quote verify ne le reconnaîtra donc pas&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QuoteListCommand</name>
    <message>
        <source>List the quotes.</source>
        <translation>Lister les devis.</translation>
    </message>
    <message>
        <source>Only the quotes of this deal.</source>
        <translation>Uniquement les devis de ce deal.</translation>
    </message>
    <message>
        <source>Only the quotes in this status: draft, sent, signed, declined or expired.</source>
        <translation>Uniquement les devis dans ce statut : draft, sent, signed, declined ou expired.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un id de deal.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: draft, sent, signed, declined, expired.</source>
        <translation>Statut &quot;%1&quot; inconnu ; utilisez l&apos;une de ces valeurs : draft, sent, signed, declined, expired.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Monthly HT</source>
        <translation>Mensuel HT</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s).</source>
        <translation>
            <numerusform>%n devis.</numerusform>
            <numerusform>%n devis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteNumbering</name>
    <message>
        <source>numbering the quote</source>
        <translation>numérotation du devis</translation>
    </message>
    <message>
        <source>The quote number of %1 was not recorded.</source>
        <translation>Le numéro du devis %1 n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>numbering the quotes</source>
        <translation>numérotation des devis</translation>
    </message>
</context>
<context>
    <name>QuotePdf</name>
    <message>
        <source>Cannot write the PDF to %1: %2</source>
        <translation>Impossible d&apos;écrire le PDF dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>QuotePdfCommand</name>
    <message>
        <source>Write a quote as a PDF/A file and record its SHA-256, so that quote verify recognises it.</source>
        <translation>Écrire un devis dans un fichier PDF/A et enregistrer son SHA-256, pour que quote verify le reconnaisse.</translation>
    </message>
    <message>
        <source>The quote&apos;s id or number.</source>
        <translation>L&apos;id ou le numéro du devis.</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced if it exists).</source>
        <translation>Le fichier PDF à écrire (remplacé s&apos;il existe).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (quote %2, %3) to %4: %n page(s).</source>
        <translation>
            <numerusform>%1 (devis %2, %3) écrit dans %4&#xa0;: %n page.</numerusform>
            <numerusform>%1 (devis %2, %3) écrit dans %4&#xa0;: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fingerprint of the signed content: %1</source>
        <translation>Empreinte du contenu signé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The seller&apos;s details are not set, so the PDF names no seller: set them with dealboard-cli seller set.</source>
        <translation>Les coordonnées du vendeur ne sont pas renseignées, le PDF ne nomme donc aucun vendeur&#xa0;: renseignez-les avec dealboard-cli seller set.</translation>
    </message>
</context>
<context>
    <name>QuoteRepository</name>
    <message>
        <source>A quote is made for a deal; choose one.</source>
        <translation>Un devis se fait pour un deal ; choisissez-en un.</translation>
    </message>
    <message>
        <source>A quote is written in French (fr) or English (en), not &quot;%1&quot;.</source>
        <translation>Un devis est rédigé en français (fr) ou en anglais (en), pas « %1 ».</translation>
    </message>
    <message>
        <source>A quote&apos;s validity is at least one day.</source>
        <translation>La validité d&apos;un devis est d&apos;au moins un jour.</translation>
    </message>
    <message>
        <source>The term of a quote cannot be negative.</source>
        <translation>La durée d&apos;un devis ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>La ligne %1 a besoin d&apos;une description.</translation>
    </message>
    <message>
        <source>Line %1 needs a quantity above zero.</source>
        <translation>La ligne %1 a besoin d&apos;une quantité supérieure à zéro.</translation>
    </message>
    <message>
        <source>Line %1 has a negative price; discounts come from the discount policy, not from negative lines.</source>
        <translation>La ligne %1 a un prix négatif ; les remises viennent de la politique de remise, pas de lignes négatives.</translation>
    </message>
    <message>
        <source>Line %1 is in %2 but the quote is in %3; use one currency.</source>
        <translation>La ligne %1 est en %2 mais le devis est en %3 ; utilisez une seule devise.</translation>
    </message>
    <message>
        <source>Line %1 has a VAT rate outside 0–100 %.</source>
        <translation>La ligne %1 a un taux de TVA hors de 0–100 %.</translation>
    </message>
    <message>
        <source>reading the deal</source>
        <translation>lecture du deal</translation>
    </message>
    <message>
        <source>There is no deal %1 to make a quote for.</source>
        <translation>Il n&apos;y a pas de deal %1 pour lequel faire un devis.</translation>
    </message>
    <message>
        <source>Quote %1 is signed and frozen (playbook rule discounts.forbidChangeAfterSignature, §7.2). Revise it to make a new revision; the signed one stays as it is.</source>
        <translation>Le devis %1 est signé et figé (règle du playbook discounts.forbidChangeAfterSignature, §7.2). Révisez-le pour créer une nouvelle révision ; le devis signé reste tel quel.</translation>
    </message>
    <message>
        <source>Quote %1 is %2: only a draft can change. Revise it to make a new revision.</source>
        <translation>Le devis %1 est %2 : seul un brouillon peut changer. Révisez-le pour créer une nouvelle révision.</translation>
    </message>
    <message>
        <source>saving the quote</source>
        <translation>enregistrement du devis</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), discount %1</source>
        <translation>
            <numerusform>%n ligne, remise %1</numerusform>
            <numerusform>%n lignes, remise %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote %1 is a draft: edit it rather than revising it.</source>
        <translation>Le devis %1 est un brouillon : modifiez-le plutôt que de le réviser.</translation>
    </message>
    <message>
        <source>numbering the revision</source>
        <translation>numérotation de la révision</translation>
    </message>
    <message>
        <source>revision of %1</source>
        <translation>révision de %1</translation>
    </message>
    <message>
        <source>Quote %1 is already %2.</source>
        <translation>Le devis %1 est déjà %2.</translation>
    </message>
    <message>
        <source>Quote %1 has no lines; add at least one before sending it.</source>
        <translation>Le devis %1 n&apos;a aucune ligne ; ajoutez-en au moins une avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Quote %1 cannot be sent yet:
%2</source>
        <translation>Le devis %1 ne peut pas encore être envoyé :
%2</translation>
    </message>
    <message>
        <source>Record who signed the quote.</source>
        <translation>Indiquez qui a signé le devis.</translation>
    </message>
    <message>
        <source>A signature by %1 needs its reference (the email&apos;s subject or id, or the e-signature envelope).</source>
        <translation>Une signature par %1 demande sa référence (l&apos;objet ou l&apos;identifiant de l&apos;email, ou l&apos;enveloppe de signature électronique).</translation>
    </message>
    <message>
        <source>Quote %1 is a draft; send it before recording a signature.</source>
        <translation>Le devis %1 est un brouillon ; envoyez-le avant d&apos;enregistrer une signature.</translation>
    </message>
    <message>
        <source>Quote %1 is %2 and cannot be signed; revise it to issue a new one.</source>
        <translation>Le devis %1 est %2 et ne peut pas être signé ; révisez-le pour en émettre un nouveau.</translation>
    </message>
    <message>
        <source>Quote %1 was valid until %2; revise it to issue a new one.</source>
        <translation>Le devis %1 était valable jusqu&apos;au %2 ; révisez-le pour en émettre un nouveau.</translation>
    </message>
    <message>
        <source>Only a sent quote can be declined; %1 is %2.</source>
        <translation>Seul un devis envoyé peut être refusé ; %1 est %2.</translation>
    </message>
    <message>
        <source>There is no quote %1.</source>
        <translation>Il n&apos;y a pas de devis %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quote number (DEV-2026-0007 or DEV-2026-0007-R2).</source>
        <translation>« %1 » n&apos;est pas un numéro de devis (DEV-2026-0007 ou DEV-2026-0007-R2).</translation>
    </message>
    <message>
        <source>The signature image is %1 KB; the most a quote keeps is %2 KB.</source>
        <translation>L&apos;image de signature fait %1 Ko&#xa0;; un devis en conserve au plus %2 Ko.</translation>
    </message>
    <message>
        <source>The signature image must be a PNG image.</source>
        <translation>L&apos;image de signature doit être une image PNG.</translation>
    </message>
    <message>
        <source>Quote %1 is %2: only a draft can be removed (the buyer may have it). Revise it, or let it be declined or expire.</source>
        <translation>Le devis %1 est %2&#xa0;: seul un brouillon peut être supprimé (l&apos;acheteur l&apos;a peut-être). Révisez-le, ou laissez-le être refusé ou expirer.</translation>
    </message>
    <message>
        <source>reading the issued documents</source>
        <translation>lecture des documents émis</translation>
    </message>
    <message numerus="yes">
        <source>Quote %1 cannot be removed: its PDF was issued (%n time(s)) and the register of issued documents keeps it.</source>
        <translation>
            <numerusform>Le devis %1 ne peut pas être supprimé&#xa0;: son PDF a été émis (%n fois) et le registre des documents émis le conserve.</numerusform>
            <numerusform>Le devis %1 ne peut pas être supprimé&#xa0;: son PDF a été émis (%n fois) et le registre des documents émis le conserve.</numerusform>
        </translation>
    </message>
    <message>
        <source>number given back</source>
        <translation>restitution du numéro</translation>
    </message>
    <message>
        <source>sending the quote</source>
        <translation>envoi du devis</translation>
    </message>
</context>
<context>
    <name>QuoteReviseCommand</name>
    <message>
        <source>Start a new draft revision of a sent, signed, declined or expired quote (DEV-2026-0007-R2); the original stays as it is.</source>
        <translation>Créer une nouvelle révision brouillon d&apos;un devis envoyé, signé, refusé ou expiré (DEV-2026-0007-R2) ; l&apos;original reste tel quel.</translation>
    </message>
    <message>
        <source>The quote&apos;s id or number.</source>
        <translation>L&apos;id ou le numéro du devis.</translation>
    </message>
    <message>
        <source>%1 (id %2) is a new draft of %3.</source>
        <translation>%1 (id %2) est un nouveau brouillon de %3.</translation>
    </message>
</context>
<context>
    <name>QuoteRow</name>
    <message>
        <source>saving the quote</source>
        <translation>enregistrement du devis</translation>
    </message>
    <message>
        <source>saving line %1 of the quote</source>
        <translation>enregistrement de la ligne %1 du devis</translation>
    </message>
    <message>
        <source>Cannot save line %1 (is its product in the catalogue?): %2</source>
        <translation>Impossible d&apos;enregistrer la ligne %1 (son produit est-il dans le catalogue ?) : %2</translation>
    </message>
    <message>
        <source>saving the quote&apos;s discounts</source>
        <translation>enregistrement des remises du devis</translation>
    </message>
    <message>
        <source>reading the quotes</source>
        <translation>lecture des devis</translation>
    </message>
    <message>
        <source>reading the quote&apos;s lines</source>
        <translation>lecture des lignes du devis</translation>
    </message>
    <message>
        <source>reading the quote&apos;s discounts</source>
        <translation>lecture des remises du devis</translation>
    </message>
    <message>
        <source>removing the quote</source>
        <translation>suppression du devis</translation>
    </message>
</context>
<context>
    <name>QuoteSendCommand</name>
    <message>
        <source>Mark a draft quote as sent; its deal moves to Proposal through the stage gates.</source>
        <translation>Marquer un devis brouillon comme envoyé ; son deal passe en Proposition via les critères de passage.</translation>
    </message>
    <message>
        <source>The quote&apos;s id or number.</source>
        <translation>L&apos;id ou le numéro du devis.</translation>
    </message>
    <message>
        <source>Tick a criterion of the gate to Proposal (repeat for several), for example demo-done, as deal move --check does.</source>
        <translation>Cocher un critère de passage vers Proposition (répéter l&apos;option pour en cocher plusieurs), par exemple demo-done, comme deal move --check.</translation>
    </message>
    <message>
        <source>Cannot send %1: deal %2 cannot move to Proposal, unmet %3. Tick them with --check KEY.</source>
        <translation>Impossible d&apos;envoyer %1 : le deal %2 ne peut pas passer en Proposition ; critères non remplis : %3. Cochez-les avec --check KEY.</translation>
    </message>
    <message>
        <source>%1 is sent, valid until %2.</source>
        <translation>%1 est envoyé, valable jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Deal %1 is now in %2.</source>
        <translation>Le deal %1 est maintenant à l&apos;étape %2.</translation>
    </message>
</context>
<context>
    <name>QuoteShowCommand</name>
    <message>
        <source>Show a quote: lines, discounts and the rules that fired, totals, status and history.</source>
        <translation>Afficher un devis : lignes, remises et règles appliquées, totaux, statut et historique.</translation>
    </message>
    <message>
        <source>The quote&apos;s id or number (DEV-2026-0007, DEV-2026-0007-R2).</source>
        <translation>L&apos;id ou le numéro du devis (DEV-2026-0007, DEV-2026-0007-R2).</translation>
    </message>
</context>
<context>
    <name>QuoteSignCommand</name>
    <message>
        <source>Record the buyer&apos;s signature of a sent quote; the deal can then be moved to Won.</source>
        <translation>Enregistrer la signature de l&apos;acheteur sur un devis envoyé ; le deal peut ensuite passer en Gagné.</translation>
    </message>
    <message>
        <source>The quote&apos;s id or number.</source>
        <translation>L&apos;id ou le numéro du devis.</translation>
    </message>
    <message>
        <source>Who signed (the buyer&apos;s name).</source>
        <translation>Le signataire (le nom de l&apos;acheteur).</translation>
    </message>
    <message>
        <source>How: email (a reply &quot;OK&quot;), esign (an e-signature) or in-person.</source>
        <translation>Comment : email (une réponse &quot;OK&quot;), esign (une signature électronique) ou in-person.</translation>
    </message>
    <message>
        <source>The email or the e-signature envelope id (required for email and esign).</source>
        <translation>L&apos;email ou l&apos;id de l&apos;enveloppe de signature électronique (obligatoire pour email et esign).</translation>
    </message>
    <message>
        <source>When it was signed (YYYY-MM-DD or an ISO date-time; default: now).</source>
        <translation>Date de la signature (YYYY-MM-DD ou date-heure ISO ; par défaut : maintenant).</translation>
    </message>
    <message>
        <source>Say who signed with --by NAME.</source>
        <translation>Indiquez le signataire avec --by NAME.</translation>
    </message>
    <message>
        <source>--method needs email, esign or in-person, not &quot;%1&quot;.</source>
        <translation>--method attend email, esign ou in-person, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--at needs a date YYYY-MM-DD or an ISO date-time, not &quot;%1&quot;.</source>
        <translation>--at attend une date YYYY-MM-DD ou une date-heure ISO, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is signed by %2. Move deal %3 to Won with dealboard-cli deal move %3 won.</source>
        <translation>%1 est signé par %2. Passez le deal %3 en Gagné avec dealboard-cli deal move %3 won.</translation>
    </message>
    <message>
        <source>The handwritten signature, an image file (PNG or JPEG, at most 1 MB), kept as PNG and drawn in the signed PDF.</source>
        <translation>La signature manuscrite, un fichier image (PNG ou JPEG, 1 Mo au plus), conservée en PNG et dessinée dans le PDF signé.</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Image de signature</translation>
    </message>
    <message>
        <source>Signature image: %1 has no signature on it (blank or transparent).</source>
        <translation>Image de signature : %1 ne porte aucune signature (vide ou transparente).</translation>
    </message>
</context>
<context>
    <name>QuoteTotals</name>
    <message>
        <source>An amount in %1 cannot be added to a quote in %2; use one currency for every line.</source>
        <translation>Un montant en %1 ne peut pas être ajouté à un devis en %2 ; utilisez une seule devise pour toutes les lignes.</translation>
    </message>
</context>
<context>
    <name>QuoteVerifyCommand</name>
    <message>
        <source>Tell whether a PDF is one Dealboard issued, byte for byte (exit 0), or not (exit 1).</source>
        <translation>Indiquer si un PDF est bien un PDF émis par Dealboard, octet pour octet (code de sortie 0), ou non (code de sortie 1).</translation>
    </message>
    <message>
        <source>The PDF file to check.</source>
        <translation>Le fichier PDF à vérifier.</translation>
    </message>
    <message>
        <source>%1 is %2 (quote %3), issued %4 as %5</source>
        <translation>%1 est %2 (devis %3), émis le %4, statut %5</translation>
    </message>
    <message>
        <source>, fingerprint %1</source>
        <translation>, empreinte %1</translation>
    </message>
    <message>
        <source>%1 is not a PDF Dealboard issued: it claims to be %2 but its content was altered.</source>
        <translation>%1 n&apos;est pas un PDF émis par Dealboard&#xa0;: il se présente comme %2 mais son contenu a été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a PDF Dealboard issued.</source>
        <translation>%1 n&apos;est pas un PDF émis par Dealboard.</translation>
    </message>
</context>
<context>
    <name>QuoteView</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>statut %1 → %2</translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation>%1 modifié</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · deal %3 · %4, %n month(s)</source>
        <translation>
            <numerusform>%1 · %2 · deal %3 · %4, %n mois</numerusform>
            <numerusform>%1 · %2 · deal %3 · %4, %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Discounts:</source>
        <translation>Remises :</translation>
    </message>
    <message>
        <source>/month</source>
        <translation>/mois</translation>
    </message>
    <message numerus="yes">
        <source>(the first %n month(s))</source>
        <translation>
            <numerusform>(%n premier mois)</numerusform>
            <numerusform>(les %n premiers mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Règles :</translation>
    </message>
    <message>
        <source>%1 (playbook rule %2, %3)</source>
        <translation>%1 (règle du playbook %2, %3)</translation>
    </message>
    <message>
        <source>Missing before it can be sent:</source>
        <translation>Manque avant l&apos;envoi :</translation>
    </message>
    <message>
        <source>Monthly HT %1 · after discounts %2 · VAT %3 · TTC %4</source>
        <translation>Mensuel HT %1 · après remises %2 · TVA %3 · TTC %4</translation>
    </message>
    <message numerus="yes">
        <source>The first %n month(s): HT %1 · TTC %2</source>
        <translation>
            <numerusform>%n premier mois : HT %1 · TTC %2</numerusform>
            <numerusform>Les %n premiers mois : HT %1 · TTC %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Once: HT %1 · TTC %2</source>
        <translation>Une fois : HT %1 · TTC %2</translation>
    </message>
    <message>
        <source>First-year value HT %1</source>
        <translation>Valeur première année HT %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (%3)</source>
        <translation>Signé par %1 le %2 (%3)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
</context>
<context>
    <name>QuoteWorkflow</name>
    <message>
        <source>Deal %1 is closed (%2): its quotes cannot be sent.</source>
        <translation>Le deal %1 est clos (%2) : ses devis ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <source>Deal %1 is already in %2: there is nothing to tick to send a quote.</source>
        <translation>Le deal %1 est déjà à l&apos;étape %2 : rien à cocher pour envoyer un devis.</translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future (%1).</source>
        <translation>Une signature ne peut pas être datée dans le futur (%1).</translation>
    </message>
    <message>
        <source>%1 was sent on %2; it cannot be signed before.</source>
        <translation>%1 a été envoyé le %2 ; il ne peut pas être signé avant.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Aucune sauvegarde à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is the database itself: choose a backup to restore.</source>
        <translation>%1 est la base de données elle-même&#xa0;: choisissez une sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Dealboard backup. Nothing was changed.</source>
        <translation>%1 est vide&#xa0;: ce n&apos;est pas une sauvegarde Dealboard. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is open in Dealboard (pid %2 on %3). Close it there first; nothing was changed.</source>
        <translation>%1 est ouvert dans Dealboard (pid %2 sur %3). Fermez-le d&apos;abord là-bas&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the database (is the disk full?).</source>
        <translation>Impossible de copier %1 à côté de la base de données (le disque est-il plein&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot copy the log of %1.</source>
        <translation>Impossible de copier le journal de %1.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a Dealboard backup. Nothing was changed.</source>
        <translation>%1 est une base de données SQLite vide, pas une sauvegarde Dealboard. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup was refused: %1 Nothing was changed.</source>
        <translation>La sauvegarde a été refusée&#xa0;: %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 failed its integrity check (%2): it cannot be restored. Nothing was changed.</source>
        <translation>%1 a échoué au contrôle d&apos;intégrité (%2)&#xa0;: il ne peut pas être restauré. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot move the current database aside to %1; nothing was changed.</source>
        <translation>Impossible de mettre la base de données actuelle de côté sous %1&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot name the copy of the current database.</source>
        <translation>Impossible de nommer la copie de la base de données actuelle.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the current database was left where it was.</source>
        <translation>Impossible de mettre la sauvegarde à la place de %1&#xa0;; la base de données actuelle est restée où elle était.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database with a backup, after checking it; the current database is kept aside.</source>
        <translation>Remplacer la base de données par une sauvegarde, après l&apos;avoir vérifiée&#xa0;; la base de données actuelle est conservée à part.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Base de données %1 restaurée à partir de %2.</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>L&apos;ancienne base de données est conservée sous %1.</translation>
    </message>
</context>
<context>
    <name>RestorePrompt</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Dealboard databases (*.db);;All files (*)</source>
        <translation>Bases de données Dealboard (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore the backup %1 (%2)?

The backup is checked first. Dealboard then closes the database, puts the backup in its place and opens it again: the changes made since the backup will no longer show.

The current database is not deleted: it is kept as %3.</source>
        <translation>Restaurer la sauvegarde %1 (%2)&#xa0;?

La sauvegarde est d&apos;abord vérifiée. Dealboard ferme ensuite la base de données, met la sauvegarde à sa place et la rouvre&#xa0;: les modifications faites depuis la sauvegarde n&apos;apparaîtront plus.

La base de données actuelle n&apos;est pas supprimée&#xa0;: elle est conservée sous %3.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Sauvegarde %1 restaurée.</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>L&apos;ancienne base de données est conservée sous %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPrioritiesCommand</name>
    <message>
        <source>Save the week&apos;s priorities for the weekly review (empty: remove them).</source>
        <translation>Enregistrer les priorités de la semaine pour la revue hebdomadaire (vide&#xa0;: les retirer).</translation>
    </message>
    <message>
        <source>The priorities; quote them, new lines allowed.</source>
        <translation>Les priorités&#xa0;; à mettre entre guillemets, retours à la ligne autorisés.</translation>
    </message>
    <message>
        <source>Priorities of the week of %1 removed.</source>
        <translation>Priorités de la semaine du %1 retirées.</translation>
    </message>
    <message>
        <source>Priorities of the week of %1 saved.</source>
        <translation>Priorités de la semaine du %1 enregistrées.</translation>
    </message>
</context>
<context>
    <name>ReviewWeekCommand</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The weekly review: deals at risk, the week&apos;s wins and losses, new pipeline, objections met, time split against the target, priorities.</source>
        <translation>La revue hebdomadaire&#xa0;: deals à risque, deals gagnés et perdus de la semaine, nouveau pipeline, objections rencontrées, répartition du temps face à l&apos;objectif, priorités.</translation>
    </message>
    <message>
        <source>Any day (YYYY-MM-DD) of the week, Monday to Sunday; default: this week.</source>
        <translation>N&apos;importe quel jour (YYYY-MM-DD) de la semaine, du lundi au dimanche&#xa0;; par défaut&#xa0;: cette semaine.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>--week: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--week&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Weekly review, %1 → %2</source>
        <translation>Revue hebdomadaire, %1 → %2</translation>
    </message>
    <message>
        <source>Deals at risk (%1)</source>
        <translation>Deals à risque (%1)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Won (%1, %2 MRR)</source>
        <translation>Gagnés (%1, %2 de MRR)</translation>
    </message>
    <message>
        <source>Lost (%1, %2 MRR)</source>
        <translation>Perdus (%1, %2 de MRR)</translation>
    </message>
    <message numerus="yes">
        <source>New pipeline: %n deal(s), %1 MRR</source>
        <translation>
            <numerusform>Nouveau pipeline&#xa0;: %n deal, %1 de MRR</numerusform>
            <numerusform>Nouveau pipeline&#xa0;: %n deals, %1 de MRR</numerusform>
        </translation>
    </message>
    <message>
        <source>Objections met</source>
        <translation>Objections rencontrées</translation>
    </message>
    <message>
        <source>Time split (%1 logged)</source>
        <translation>Répartition du temps (temps enregistré&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Not counted (no category): %1</source>
        <translation>Non comptabilisé (sans catégorie)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>(none; set them with review priorities)</source>
        <translation>(aucune&#xa0;; définissez-les avec review priorities)</translation>
    </message>
</context>
<context>
    <name>SellerRepository</name>
    <message numerus="yes">
        <source>%n byte(s), SHA-256 %1</source>
        <translation>
            <numerusform>%n octet, SHA-256 %1</numerusform>
            <numerusform>%n octets, SHA-256 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Company name: required.</source>
        <translation>Raison sociale&#xa0;: obligatoire.</translation>
    </message>
    <message>
        <source>SIRET: &quot;%1&quot; is not 14 digits.</source>
        <translation>SIRET&#xa0;: «&#xa0;%1&#xa0;» ne compte pas 14 chiffres.</translation>
    </message>
    <message>
        <source>SIRET: &quot;%1&quot; fails its check digit (a typo?).</source>
        <translation>SIRET&#xa0;: la clé de contrôle de «&#xa0;%1&#xa0;» est fausse (une faute de frappe&#xa0;?).</translation>
    </message>
    <message>
        <source>VAT number: &quot;%1&quot; is not an EU VAT number (a country code and 2 to 13 letters or digits, e.g. FR40303265045).</source>
        <translation>Numéro de TVA&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de TVA de l&apos;UE (un code pays et 2 à 13 lettres ou chiffres, par ex. FR40303265045).</translation>
    </message>
    <message>
        <source>VAT number: a French VAT number is FR, 2 check characters and the 9-digit SIREN; &quot;%1&quot; is not.</source>
        <translation>Numéro de TVA&#xa0;: un numéro de TVA français se compose de FR, de 2 caractères de contrôle et du SIREN à 9 chiffres&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>VAT number: &quot;%1&quot; has the wrong check digits for SIREN %2.</source>
        <translation>Numéro de TVA&#xa0;: «&#xa0;%1&#xa0;» a une clé de contrôle fausse pour le SIREN %2.</translation>
    </message>
    <message>
        <source>VAT number: &quot;%1&quot; is not the VAT number of SIRET %2 (its SIREN is %3).</source>
        <translation>Numéro de TVA&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas le numéro de TVA du SIRET %2 (son SIREN est %3).</translation>
    </message>
    <message>
        <source>IBAN: &quot;%1&quot; is not an IBAN (a country code, 2 check digits and up to 30 letters or digits).</source>
        <translation>IBAN&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un IBAN (un code pays, 2 chiffres de contrôle et jusqu&apos;à 30 lettres ou chiffres).</translation>
    </message>
    <message>
        <source>IBAN: &quot;%1&quot; fails its check digits (a typo?).</source>
        <translation>IBAN&#xa0;: la clé de contrôle de «&#xa0;%1&#xa0;» est fausse (une faute de frappe&#xa0;?).</translation>
    </message>
    <message>
        <source>Terms URL: &quot;%1&quot; is not a web address (http:// or https://).</source>
        <translation>URL des CGV&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse web (http:// ou https://).</translation>
    </message>
    <message>
        <source>Logo: %1 KB, more than the %2 KB allowed.</source>
        <translation>Logo&#xa0;: %1 Ko, plus que les %2 Ko autorisés.</translation>
    </message>
    <message>
        <source>reading the seller&apos;s details</source>
        <translation>lecture des coordonnées du vendeur</translation>
    </message>
    <message>
        <source>saving the seller&apos;s details</source>
        <translation>enregistrement des coordonnées du vendeur</translation>
    </message>
</context>
<context>
    <name>SellerSetCommand</name>
    <message>
        <source>Set the seller&apos;s details the quotes print; only the options given change (an empty value clears a field).</source>
        <translation>Définir les coordonnées du vendeur imprimées sur les devis&#xa0;; seules les options indiquées changent (une valeur vide efface un champ).</translation>
    </message>
    <message>
        <source>The company&apos;s legal name (required once).</source>
        <translation>La raison sociale de l&apos;entreprise (obligatoire la première fois).</translation>
    </message>
    <message>
        <source>The whole postal address, its lines separated by \n (&quot;12 rue de la Paix\n75002 Paris&quot;).</source>
        <translation>L&apos;adresse postale complète, ses lignes séparées par \n (&quot;12 rue de la Paix\n75002 Paris&quot;).</translation>
    </message>
    <message>
        <source>One line of the postal address (repeat, in order).</source>
        <translation>Une ligne de l&apos;adresse postale (à répéter, dans l&apos;ordre).</translation>
    </message>
    <message>
        <source>The SIRET, 14 digits (spaces allowed).</source>
        <translation>Le SIRET, 14 chiffres (espaces autorisés).</translation>
    </message>
    <message>
        <source>The intra-EU VAT number (FR and 11 characters in France).</source>
        <translation>Le numéro de TVA intracommunautaire (FR et 11 caractères en France).</translation>
    </message>
    <message>
        <source>The IBAN the quotes give for bank transfers.</source>
        <translation>L&apos;IBAN indiqué sur les devis pour les virements bancaires.</translation>
    </message>
    <message>
        <source>The web address of the general terms of sale.</source>
        <translation>L&apos;adresse web des conditions générales de vente.</translation>
    </message>
    <message>
        <source>The logo&apos;s image file (PNG or JPEG, at most 1 MB).</source>
        <translation>Le fichier image du logo (PNG ou JPEG, 1 Mo au plus).</translation>
    </message>
    <message>
        <source>Remove the logo.</source>
        <translation>Retirer le logo.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --name, --address, --siret, --vat, --iban, --terms-url, --logo, --no-logo.</source>
        <translation>Rien à modifier&#xa0;: indiquez au moins l&apos;une des options --name, --address, --siret, --vat, --iban, --terms-url, --logo, --no-logo.</translation>
    </message>
    <message>
        <source>Logo: give --logo FILE or --no-logo, not both.</source>
        <translation>Logo&#xa0;: indiquez --logo FILE ou --no-logo, pas les deux.</translation>
    </message>
    <message>
        <source>Address: give --address or --address-line, not both.</source>
        <translation>Adresse&#xa0;: indiquez --address ou --address-line, pas les deux.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>The seller&apos;s details were already so; nothing changed.</source>
        <translation>Les coordonnées du vendeur étaient déjà ainsi&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Saved the seller&apos;s details of %1; dealboard-cli seller show lists them.</source>
        <translation>Coordonnées du vendeur %1 enregistrées&#xa0;; dealboard-cli seller show les affiche.</translation>
    </message>
</context>
<context>
    <name>SellerShowCommand</name>
    <message>
        <source>Show the seller&apos;s details the quotes print (letterhead, footer, terms).</source>
        <translation>Afficher les coordonnées du vendeur imprimées sur les devis (en-tête, pied de page, conditions).</translation>
    </message>
    <message>
        <source>No seller details yet: set them with dealboard-cli seller set --name NAME (and --address, --siret, --vat, --iban, --terms-url, --logo).</source>
        <translation>Aucune coordonnée du vendeur pour l&apos;instant&#xa0;: renseignez-les avec dealboard-cli seller set --name NAME (et --address, --siret, --vat, --iban, --terms-url, --logo).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>SIRET:</source>
        <translation>SIRET&#xa0;:</translation>
    </message>
    <message>
        <source>VAT number:</source>
        <translation>Numéro de TVA&#xa0;:</translation>
    </message>
    <message>
        <source>IBAN:</source>
        <translation>IBAN&#xa0;:</translation>
    </message>
    <message>
        <source>Terms URL:</source>
        <translation>URL des CGV&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The email has no recipient.</source>
        <translation>L&apos;email n&apos;a pas de destinataire.</translation>
    </message>
    <message>
        <source>Could not start libcurl.</source>
        <translation>Impossible de démarrer libcurl.</translation>
    </message>
    <message>
        <source>Authentication refused by %1 for user &quot;%2&quot;: check the user name and the password</source>
        <translation>Authentification refusée par %1 pour l&apos;utilisateur «&#xa0;%2&#xa0;»&#xa0;: vérifiez le nom d&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>TLS failed with %1 (check the security setting: STARTTLS on 587, TLS on 465)</source>
        <translation>Échec TLS avec %1 (vérifiez le réglage de sécurité&#xa0;: STARTTLS sur le port 587, TLS sur le port 465)</translation>
    </message>
    <message>
        <source>Network: the SMTP server &quot;%1&quot; was not found (DNS)</source>
        <translation>Réseau&#xa0;: le serveur SMTP «&#xa0;%1&#xa0;» est introuvable (DNS)</translation>
    </message>
    <message>
        <source>Network: cannot connect to %1</source>
        <translation>Réseau&#xa0;: impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>Network: %1 did not answer in time</source>
        <translation>Réseau&#xa0;: %1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Recipient refused by %1 (%2)</source>
        <translation>Destinataire refusé par %1 (%2)</translation>
    </message>
    <message>
        <source>Sender %1 refused by %2</source>
        <translation>Expéditeur %1 refusé par %2</translation>
    </message>
    <message>
        <source>Network: the connection to %1 failed</source>
        <translation>Réseau&#xa0;: la connexion à %1 a échoué</translation>
    </message>
    <message>
        <source>Sending through %1 failed</source>
        <translation>L&apos;envoi via %1 a échoué</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Message refused by %1</source>
        <translation>Message refusé par %1</translation>
    </message>
</context>
<context>
    <name>SmtpSetCommand</name>
    <message>
        <source>Set the SMTP server emails are sent through and the sender. The password goes to the OS keychain (--password-stdin), never to the database.</source>
        <translation>Configurer le serveur SMTP par lequel les emails sont envoyés, et l&apos;expéditeur. Le mot de passe va dans le trousseau du système (--password-stdin), jamais dans la base de données.</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name.</source>
        <translation>Le nom d&apos;hôte du serveur SMTP.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>Its port (default: 587 for starttls, 465 for tls, 25 for none).</source>
        <translation>Son port (par défaut&#xa0;: 587 pour starttls, 465 pour tls, 25 pour none).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>starttls (default), tls or none.</source>
        <translation>starttls (par défaut), tls ou none.</translation>
    </message>
    <message>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>The sender&apos;s email address.</source>
        <translation>L&apos;adresse email de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>The user name to log in with (none: no authentication).</source>
        <translation>Le nom d&apos;utilisateur pour se connecter (sans lui&#xa0;: pas d&apos;authentification).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>The sender&apos;s name, as recipients see it.</source>
        <translation>Le nom de l&apos;expéditeur, tel que les destinataires le voient.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The booking link the templates offer ({booking_link}).</source>
        <translation>Le lien de réservation que proposent les modèles ({booking_link}).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin and save it in the OS keychain.</source>
        <translation>Lire le mot de passe sur la première ligne de stdin et l&apos;enregistrer dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Give at least --host and --from the first time.</source>
        <translation>Indiquez au moins --host et --from la première fois.</translation>
    </message>
    <message>
        <source>Unknown security &quot;%1&quot;; use one of: %2.</source>
        <translation>Sécurité &quot;%1&quot; inconnue&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>Le port &quot;%1&quot; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>A password needs a user: add --user.</source>
        <translation>Un mot de passe exige un utilisateur&#xa0;: ajoutez --user.</translation>
    </message>
    <message>
        <source>No password on stdin.</source>
        <translation>Aucun mot de passe sur stdin.</translation>
    </message>
    <message>
        <source>SMTP set: %1:%2 (%3), from %4.</source>
        <translation>SMTP configuré&#xa0;: %1:%2 (%3), expéditeur %4.</translation>
    </message>
    <message>
        <source>The password of %1 is saved in the OS keychain.</source>
        <translation>Le mot de passe de %1 est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Save the password of %1 with: dealboard-cli smtp set --password-stdin</source>
        <translation>Enregistrez le mot de passe de %1 avec&#xa0;: dealboard-cli smtp set --password-stdin</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>The old password could not be removed from the keychain: %1</source>
        <translation>L&apos;ancien mot de passe n&apos;a pas pu être supprimé du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsRepository</name>
    <message>
        <source>reading the SMTP settings</source>
        <translation>la lecture des réglages SMTP</translation>
    </message>
    <message>
        <source>The SMTP server &quot;%1&quot; is not a host name.</source>
        <translation>Le serveur SMTP «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The SMTP port must be between 1 and 65535, not %1.</source>
        <translation>Le port SMTP doit être compris entre 1 et 65535, pas %1.</translation>
    </message>
    <message>
        <source>The sender&apos;s email &quot;%1&quot; is not valid.</source>
        <translation>L&apos;email de l&apos;expéditeur «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The booking link &quot;%1&quot; is not an http(s) address.</source>
        <translation>Le lien de réservation «&#xa0;%1&#xa0;» n&apos;est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>saving the SMTP settings</source>
        <translation>l&apos;enregistrement des réglages SMTP</translation>
    </message>
    <message>
        <source>removing the SMTP settings</source>
        <translation>la suppression des réglages SMTP</translation>
    </message>
    <message>
        <source>A password is never sent unencrypted: choose starttls or tls for %1, or no user.</source>
        <translation>Un mot de passe n&apos;est jamais envoyé en clair&#xa0;: choisissez starttls ou tls pour %1, ou aucun utilisateur.</translation>
    </message>
</context>
<context>
    <name>SmtpShowCommand</name>
    <message>
        <source>Show the SMTP settings and whether the password is in the OS keychain (never the password itself).</source>
        <translation>Afficher les réglages SMTP et si le mot de passe est dans le trousseau du système (jamais le mot de passe lui-même).</translation>
    </message>
    <message>
        <source>No SMTP server is set: use dealboard-cli smtp set.</source>
        <translation>Aucun serveur SMTP n&apos;est configuré&#xa0;: utilisez dealboard-cli smtp set.</translation>
    </message>
    <message>
        <source>saved in the OS keychain (%1)</source>
        <translation>enregistré dans le trousseau du système (%1)</translation>
    </message>
    <message>
        <source>not saved (use smtp set --password-stdin)</source>
        <translation>non enregistré (utilisez smtp set --password-stdin)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Server:       %1:%2 (%3)</source>
        <translation>Serveur&#xa0;:              %1:%2 (%3)</translation>
    </message>
    <message>
        <source>User:         %1</source>
        <translation>Utilisateur&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Sender:       %1</source>
        <translation>Expéditeur&#xa0;:           %1</translation>
    </message>
    <message>
        <source>Booking link: %1</source>
        <translation>Lien de réservation&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Password:     %1</source>
        <translation>Mot de passe&#xa0;:         %1</translation>
    </message>
</context>
<context>
    <name>StageGates</name>
    <message>
        <source>Not qualified yet</source>
        <translation>Pas encore qualifié</translation>
    </message>
    <message>
        <source>BANT+ score %1/%2</source>
        <translation>Score BANT+ %1/%2</translation>
    </message>
    <message>
        <source>BANT+ score %1/%2, needs %3</source>
        <translation>Score BANT+ %1/%2, %3 requis</translation>
    </message>
    <message>
        <source>No contact email</source>
        <translation>Pas d&apos;email de contact</translation>
    </message>
    <message>
        <source>“%1” is not a valid email</source>
        <translation>“%1” n&apos;est pas un email valide</translation>
    </message>
    <message>
        <source>A signed quote is recorded</source>
        <translation>Un devis signé est enregistré</translation>
    </message>
    <message>
        <source>Under %1/month: online terms, no signed quote needed</source>
        <translation>Moins de %1/mois : conditions en ligne, pas besoin de devis signé</translation>
    </message>
    <message>
        <source>Signature recorded by hand</source>
        <translation>Signature enregistrée à la main</translation>
    </message>
    <message numerus="yes">
        <source>The qualification is a draft: %n criterion(s) not answered</source>
        <translation>
            <numerusform>La qualification est un brouillon : %n critère sans réponse</numerusform>
            <numerusform>La qualification est un brouillon : %n critères sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign a quote of the deal, or record the signature by hand</source>
        <translation>Signer un devis du deal, ou enregistrer la signature à la main</translation>
    </message>
</context>
<context>
    <name>TimeSplit</name>
    <message>
        <source>unknown time category (expected one of %1)</source>
        <translation>catégorie de temps inconnue (valeurs attendues&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the percentages add up to %1, not 100</source>
        <translation>la somme des pourcentages fait %1, pas 100</translation>
    </message>
</context>
<context>
    <name>TodayAgenda</name>
    <message>
        <source>reading today&apos;s follow-ups</source>
        <translation>la lecture des relances du jour</translation>
    </message>
</context>
<context>
    <name>TodayCommand</name>
    <message>
        <source>What to do today: new leads to answer within 4 hours, replies to send, follow-ups due or overdue, today&apos;s demos.</source>
        <translation>Ce qui est à faire aujourd&apos;hui&#xa0;: nouveaux leads à traiter sous 4 heures, réponses à envoyer, relances à faire ou en retard, démos du jour.</translation>
    </message>
    <message>
        <source>, %1 h %2 min left</source>
        <translation>, reste %1 h %2 min</translation>
    </message>
    <message>
        <source>, %1 h %2 min late</source>
        <translation>, en retard de %1 h %2 min</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>, en retard</translation>
    </message>
    <message>
        <source>New leads to answer</source>
        <translation>Nouveaux leads à traiter</translation>
    </message>
    <message>
        <source>Replies to send</source>
        <translation>Réponses à envoyer</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Demos today</source>
        <translation>Démos du jour</translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>&quot;%1&quot; is not a date. Write it like 2026-11-24 or 24/11/2026.</source>
        <translation>&quot;%1&quot; n&apos;est pas une date. Saisissez-la au format 2026-11-24 ou 24/11/2026.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse email valide.</translation>
    </message>
</context>
<context>
    <name>WeeklyNoteRepository</name>
    <message>
        <source>The week is not a valid date.</source>
        <translation>La semaine n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>reading the week&apos;s priorities</source>
        <translation>la lecture des priorités de la semaine</translation>
    </message>
    <message>
        <source>removing the week&apos;s priorities</source>
        <translation>le retrait des priorités de la semaine</translation>
    </message>
    <message>
        <source>saving the week&apos;s priorities</source>
        <translation>l&apos;enregistrement des priorités de la semaine</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>reading the deals at risk</source>
        <translation>la lecture des deals à risque</translation>
    </message>
    <message>
        <source>reading the week&apos;s wins and losses</source>
        <translation>la lecture des deals gagnés et perdus de la semaine</translation>
    </message>
    <message>
        <source>reading the week&apos;s new deals</source>
        <translation>la lecture des nouveaux deals de la semaine</translation>
    </message>
    <message>
        <source>reading the objections met</source>
        <translation>la lecture des objections rencontrées</translation>
    </message>
    <message>
        <source>reading the time logged</source>
        <translation>la lecture du temps enregistré</translation>
    </message>
    <message>
        <source>Rotting in its stage</source>
        <translation>Stagne dans son étape</translation>
    </message>
    <message>
        <source>Expected close passed</source>
        <translation>Clôture prévue dépassée</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Aucune prochaine action</translation>
    </message>
    <message>
        <source>Stalled after the demo</source>
        <translation>Bloqué après la démo</translation>
    </message>
    <message>
        <source>Inbound &amp; qualification</source>
        <translation>Réponse inbound &amp; qualification</translation>
    </message>
    <message>
        <source>Demos &amp; calls</source>
        <translation>Démos &amp; calls</translation>
    </message>
    <message>
        <source>Pipeline &amp; closing</source>
        <translation>Suivi pipeline &amp; closing</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Customer success</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>The week is not a valid date.</source>
        <translation>La semaine n&apos;est pas une date valide.</translation>
    </message>
</context>
<context>
    <name>WinLossCalculator</name>
    <message>
        <source>The period is not valid.</source>
        <translation>La période n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The as-of date is not valid.</source>
        <translation>La date de référence n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>reading the closed deals</source>
        <translation>la lecture des deals clôturés</translation>
    </message>
    <message>
        <source>reading the reviews</source>
        <translation>la lecture des revues</translation>
    </message>
</context>
<context>
    <name>WinLossCommand</name>
    <message>
        <source>Show why the deals closed in a period were won or lost.</source>
        <translation>Afficher pourquoi les deals clôturés sur une période ont été gagnés ou perdus.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1 : aucune donnée</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Won: %1 (%2) · Lost: %3 (%4)</source>
        <translation>Gagnés : %1 (%2) · Perdus : %3 (%4)</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Raison de la perte</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Won reason</source>
        <translation>Raison du gain</translation>
    </message>
</context>
<context>
    <name>WinLossReviewRepository</name>
    <message>
        <source>The competitor&apos;s name is too long (at most %1 characters).</source>
        <translation>Le nom du concurrent est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The win/loss review&apos;s texts are limited to %1 characters each.</source>
        <translation>Les textes de la revue win/loss sont limités à %1 caractères chacun.</translation>
    </message>
    <message>
        <source>The recontact date (%1) is before the deal closed (%2).</source>
        <translation>La date de recontact (%1) est antérieure à la clôture du deal (%2).</translation>
    </message>
    <message>
        <source>reading the win/loss review</source>
        <translation>la lecture de la revue win/loss</translation>
    </message>
    <message>
        <source>removing the win/loss review</source>
        <translation>la suppression de la revue win/loss</translation>
    </message>
    <message>
        <source>saving the win/loss review</source>
        <translation>l&apos;enregistrement de la revue win/loss</translation>
    </message>
</context>
<context>
    <name>dealboard</name>
    <message>
        <source>New product “%1”</source>
        <translation>Nouveau produit “%1”</translation>
    </message>
    <message>
        <source>Reactivate product “%1”</source>
        <translation>Réactiver le produit “%1”</translation>
    </message>
    <message>
        <source>Deactivate product “%1”</source>
        <translation>Désactiver le produit “%1”</translation>
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation>Modifier le produit “%1”</translation>
    </message>
</context>
<context>
    <name>dealboard::AnalyticsPage</name>
    <message>
        <source>The figures are taking unusually long to compute.</source>
        <translation>Le calcul des chiffres prend un temps inhabituel.</translation>
    </message>
</context>
<context>
    <name>dealboard::AtRiskModel</name>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Jours dans l&apos;étape</translation>
    </message>
    <message>
        <source>Why at risk</source>
        <translation>Pourquoi à risque</translation>
    </message>
</context>
<context>
    <name>dealboard::BackupSettingsForm</name>
    <message>
        <source>Back up automatically</source>
        <translation>Sauvegarder automatiquement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>A backup is made when the app starts and then every so many hours while it is open.</source>
        <translation>Une sauvegarde est faite au démarrage de l&apos;application, puis à l&apos;intervalle choisi (en heures) tant qu&apos;elle est ouverte.</translation>
    </message>
    <message>
        <source>Back up beside the database, in a folder named after it.</source>
        <translation>Sauvegarder à côté de la base de données, dans un dossier qui porte son nom.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kept: the newest backup of each of the last 7 days, and of each of the 4 weeks before.</source>
        <translation>Conservées&#xa0;: la sauvegarde la plus récente de chacun des 7 derniers jours, et de chacune des 4 semaines précédentes.</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dealboard::BantScoreForm</name>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dealboard::BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2 : %3</translation>
    </message>
    <message>
        <source>%1 not reached: %2</source>
        <translation>%1 non atteint : %2</translation>
    </message>
    <message>
        <source>Under target</source>
        <translation>Sous l&apos;objectif</translation>
    </message>
</context>
<context>
    <name>dealboard::BoardColumnModel</name>
    <message>
        <source>not qualified</source>
        <translation>non qualifié</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3 a month, %4, %n day(s) in %5</source>
        <translation>
            <numerusform>%1, %2, %3 par mois, %4, %n jour à l&apos;étape %5</numerusform>
            <numerusform>%1, %2, %3 par mois, %4, %n jours à l&apos;étape %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::BoardPage</name>
    <message>
        <source>Only &amp;rotting</source>
        <translation>Qui &amp;stagnent</translation>
    </message>
    <message>
        <source>Only o&amp;verdue</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <source>Filter by company, title, contact…</source>
        <translation>Filtrer par entreprise, titre, contact…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>BANT+ band</source>
        <translation>Niveau BANT+</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deals that stayed in their stage longer than the playbook&apos;s limit</source>
        <translation>Deals restés dans leur étape plus longtemps que la limite du playbook</translation>
    </message>
    <message>
        <source>Deals whose next step is past due</source>
        <translation>Deals dont la prochaine action est en retard</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Non qualifié</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 %&lt;br&gt;&lt;small&gt;%3 · %4 · %5&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 %&lt;br&gt;&lt;small&gt;%3 · %4 · %5&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Deals · MRR · weighted (MRR × %1 %)</source>
        <translation>Deals · MRR · pondéré (MRR × %1 %)</translation>
    </message>
</context>
<context>
    <name>dealboard::CardDelegate</name>
    <message>
        <source>—</source>
        <comment>no BANT+ score</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/mois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%Ln j</numerusform>
            <numerusform>%Ln j</numerusform>
        </translation>
    </message>
    <message>
        <source>close %1</source>
        <translation>clôture %1</translation>
    </message>
</context>
<context>
    <name>dealboard::ChartPanel</name>
    <message>
        <source>How it is computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save the chart as a one-page PDF</source>
        <translation>Enregistrer le graphique dans un PDF d&apos;une page</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Preview and print the chart</source>
        <translation>Prévisualiser et imprimer le graphique</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could Not Export the Chart</source>
        <translation>Impossible d&apos;exporter le graphique</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>Exporter le graphique en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
</context>
<context>
    <name>dealboard::CompaniesPage</name>
    <message>
        <source>New company…</source>
        <translation>Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Search name, segment, sector, website…</source>
        <translation>Rechercher nom, segment, secteur, site web…</translation>
    </message>
    <message>
        <source>Select two duplicate companies to merge them</source>
        <translation>Sélectionnez deux entreprises en doublon pour les fusionner</translation>
    </message>
    <message>
        <source>Cannot read the companies: %1</source>
        <translation>Impossible de lire les entreprises : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln entreprise</numerusform>
            <numerusform>%Ln entreprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln company(s)</source>
        <translation>
            <numerusform>%1 sur %Ln entreprise</numerusform>
            <numerusform>%1 sur %Ln entreprises</numerusform>
        </translation>
    </message>
    <message>
        <source>No companies yet. Create one with “New company…”; companies typed in the deal editor appear here too.</source>
        <translation>Aucune entreprise pour l&apos;instant. Créez-en une avec “Nouvelle entreprise…” ; les entreprises saisies dans l&apos;éditeur de deal apparaissent aussi ici.</translation>
    </message>
    <message>
        <source>No company matches “%1”. Clear the search field to see them all.</source>
        <translation>Aucune entreprise ne correspond à “%1”. Videz le champ de recherche pour les voir toutes.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>Delete the company “%1”?</source>
        <translation>Supprimer l&apos;entreprise “%1” ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the company “%1” and hide its %Ln deal(s)?</source>
        <translation>
            <numerusform>Supprimer l&apos;entreprise “%1” et masquer %Ln deal associé ?</numerusform>
            <numerusform>Supprimer l&apos;entreprise “%1” et masquer ses %Ln deals ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 companies and hide their %Ln deal(s)?</source>
        <translation>
            <numerusform>Supprimer %1 entreprises et masquer %Ln deal associé ?</numerusform>
            <numerusform>Supprimer %1 entreprises et masquer leurs %Ln deals ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Édition ▸ Annuler permet de revenir en arrière.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n companies</source>
        <translation>
            <numerusform>Supprimer %n entreprise</numerusform>
            <numerusform>Supprimer %n entreprises</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep “%1” (%2, %3)</source>
        <translation>Conserver “%1” (%2, %3)</translation>
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
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner “%1” dans “%2”</translation>
    </message>
</context>
<context>
    <name>dealboard::CompanyEditorDialog</name>
    <message>
        <source>New Company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>Edit Company — %1</source>
        <translation>Modifier l&apos;entreprise — %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Create Company</source>
        <translation>Créer l&apos;entreprise</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>&amp;Deals (%1)</source>
        <translation>&amp;Deals (%1)</translation>
    </message>
    <message>
        <source>&amp;Qualifications</source>
        <translation>&amp;Qualifications</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The segment belongs to the company: an agency stays an agency whatever its deals are worth.</source>
        <translation>Le segment appartient à l&apos;entreprise : une agence reste une agence, quelle que soit la valeur de ses deals.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Set the suggested segment</source>
        <translation>Appliquer le segment suggéré</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment :</translation>
    </message>
    <message>
        <source>No deals yet: choose the segment yourself.</source>
        <translation>Aucun deal pour l&apos;instant : choisissez vous-même le segment.</translation>
    </message>
    <message>
        <source>No segment matches the MRR of its deals.</source>
        <translation>Aucun segment ne correspond au MRR de ses deals.</translation>
    </message>
    <message>
        <source>The MRR of its deals suggests %1; the segment you choose is kept.</source>
        <translation>Le MRR de ses deals suggère le segment %1 ; le segment que vous choisissez est conservé.</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Utiliser “%1”</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>Se&amp;cteur :</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>Referral, website, event…</source>
        <translation>Recommandation, site web, événement…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>BANT+</source>
        <translation>BANT+</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié le</translation>
    </message>
    <message>
        <source>No deal of this company is qualified yet. Qualify one from the board.</source>
        <translation>Aucun deal de cette entreprise n&apos;est encore qualifié. Qualifiez-en un depuis le tableau.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; write it like https://example.com or example.com.</source>
        <translation>“%1” n&apos;est pas une adresse web ; saisissez-la sous la forme https://example.com ou example.com.</translation>
    </message>
</context>
<context>
    <name>dealboard::CompanyTableModel</name>
    <message>
        <source>The MRR of the company&apos;s open deals</source>
        <translation>Le MRR des deals ouverts de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Deals ouverts</translation>
    </message>
    <message>
        <source>Open MRR</source>
        <translation>MRR ouvert</translation>
    </message>
</context>
<context>
    <name>dealboard::ContactEditorDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit Contact — %1</source>
        <translation>Modifier le contact — %1</translation>
    </message>
    <message>
        <source>Create Contact</source>
        <translation>Créer le contact</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Deals (%1)</source>
        <translation>&amp;Deals (%1)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Ema&amp;il :</translation>
    </message>
    <message>
        <source>+33 1 23 45 67 89</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Their weight in the decision: BANT+ Authority reads it.</source>
        <translation>Son poids dans la décision : le critère Autorité du BANT+ s&apos;en sert.</translation>
    </message>
    <message>
        <source>&amp;Decision role:</source>
        <translation>&amp;Rôle décisionnel :</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>&amp;LinkedIn:</source>
        <translation>&amp;LinkedIn :</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Saisissez le nom du contact.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; write it like name@example.com.</source>
        <translation>“%1” n&apos;est pas une adresse email ; saisissez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, spaces and + . - ( ) only, with at least 6 digits.</source>
        <translation>“%1” n&apos;est pas un numéro de téléphone : utilisez uniquement des chiffres, des espaces et + . - ( ), avec au moins 6 chiffres.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; paste the profile&apos;s link, like https://www.linkedin.com/in/name.</source>
        <translation>“%1” n&apos;est pas une adresse web ; collez le lien du profil, par exemple https://www.linkedin.com/in/nom.</translation>
    </message>
</context>
<context>
    <name>dealboard::ContactTableModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Acheteur économique</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Rôle décisionnel</translation>
    </message>
</context>
<context>
    <name>dealboard::ContactsPage</name>
    <message>
        <source>New contact…</source>
        <translation>Nouveau contact…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Search name, company, email, phone…</source>
        <translation>Rechercher nom, entreprise, email, téléphone…</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Impossible de lire les contacts : %1</translation>
    </message>
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
            <numerusform>%1 sur %Ln contact</numerusform>
            <numerusform>%1 sur %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet. Add one with “New contact…”, or from the deal editor with “New contact…” next to the contact field.</source>
        <translation>Aucun contact pour l&apos;instant. Ajoutez-en un avec “Nouveau contact…”, ou depuis l&apos;éditeur de deal avec “Nouveau contact…” à côté du champ de contact.</translation>
    </message>
    <message>
        <source>No contact matches “%1”. Clear the search field to see them all.</source>
        <translation>Aucun contact ne correspond à “%1”. Videz le champ de recherche pour les voir tous.</translation>
    </message>
    <message>
        <source>Delete the contact “%1”?</source>
        <translation>Supprimer le contact “%1” ?</translation>
    </message>
    <message>
        <source>Delete %1 contacts?</source>
        <translation>Supprimer %1 contacts ?</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) keep showing them as their contact.</source>
        <translation>
            <numerusform>%n deal continue d&apos;afficher son contact.</numerusform>
            <numerusform>%n deals continuent d&apos;afficher leur contact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Édition ▸ Annuler permet de revenir en arrière.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two duplicate contacts to merge them</source>
        <translation>Sélectionnez deux contacts en double pour les fusionner</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Keep “%1” (%2)</source>
        <translation>Garder “%1” (%2)</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner “%1” dans “%2”</translation>
    </message>
</context>
<context>
    <name>dealboard::DealActions</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move the deal</source>
        <translation>Impossible de déplacer le deal</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Cannot mark the deal lost</source>
        <translation>Impossible de marquer le deal comme perdu</translation>
    </message>
    <message>
        <source>The move was refused.</source>
        <translation>Le déplacement a été refusé.</translation>
    </message>
    <message>
        <source>Mark %1 as lost</source>
        <translation>Marquer comme perdu : %1</translation>
    </message>
    <message>
        <source>Cannot reorder</source>
        <translation>Impossible de réordonner</translation>
    </message>
    <message>
        <source>Qualify %1</source>
        <translation>Qualifier %1</translation>
    </message>
    <message>
        <source>Disqualified after BANT+ qualification</source>
        <translation>Disqualifié après la qualification BANT+</translation>
    </message>
    <message>
        <source>Cannot read the win/loss review</source>
        <translation>Impossible de lire la revue win/loss</translation>
    </message>
    <message>
        <source>Win/loss review of %1</source>
        <translation>Revue win/loss de %1</translation>
    </message>
</context>
<context>
    <name>dealboard::DealEditorDialog</name>
    <message>
        <source>New Deal</source>
        <translation>Nouveau deal</translation>
    </message>
    <message>
        <source>Edit Deal — %1</source>
        <translation>Modifier le deal — %1</translation>
    </message>
    <message>
        <source>Create Deal</source>
        <translation>Créer le deal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Deal</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Relances</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>De&amp;vis</translation>
    </message>
    <message>
        <source>Win/loss &amp;review…</source>
        <translation>Revue &amp;win/loss…</translation>
    </message>
    <message>
        <source>Why the deal was won or lost, what to learn, when to recontact</source>
        <translation>Pourquoi le deal a été gagné ou perdu, quoi en retenir, quand recontacter</translation>
    </message>
    <message>
        <source>Send &amp;Email…</source>
        <translation>Envoyer un &amp;email…</translation>
    </message>
    <message>
        <source>O&amp;bjections</source>
        <translation>O&amp;bjections</translation>
    </message>
</context>
<context>
    <name>dealboard::DealEditorForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What the customer buys, e.g. Multi-project hosting</source>
        <translation>Ce que le client achète, par ex. Hébergement multi-projets</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Choose a company or type a new one&apos;s name</source>
        <translation>Choisissez une entreprise ou saisissez le nom d&apos;une nouvelle</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>Segment of the new company</source>
        <translation>Segment de la nouvelle entreprise</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Suggested by the MRR. The segment belongs to the company: an agency stays an agency whatever the deal&apos;s budget.</source>
        <translation>Suggéré d&apos;après le MRR. Le segment appartient à l&apos;entreprise : une agence reste une agence, quel que soit le budget du deal.</translation>
    </message>
    <message>
        <source>New company, created with the deal</source>
        <translation>Nouvelle entreprise, créée avec le deal</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment :</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Primary &amp;contact:</source>
        <translation>&amp;Contact principal :</translation>
    </message>
    <message>
        <source>New contact&apos;s name</source>
        <translation>Nom du nouveau contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>New contact&apos;s email</source>
        <translation>Email du nouveau contact</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Ema&amp;il :</translation>
    </message>
    <message>
        <source>New contact&apos;s phone</source>
        <translation>Téléphone du nouveau contact</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télé&amp;phone :</translation>
    </message>
    <message>
        <source>New contact&apos;s job title</source>
        <translation>Fonction du nouveau contact</translation>
    </message>
    <message>
        <source>Optional, e.g. CTO</source>
        <translation>Facultatif, par ex. CTO</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Revenu mensuel récurrent</translation>
    </message>
    <message>
        <source>&amp;MRR per month:</source>
        <translation>&amp;MRR par mois :</translation>
    </message>
    <message>
        <source>One-time amount</source>
        <translation>Montant ponctuel</translation>
    </message>
    <message>
        <source>Set-up, migration or other fees billed once.</source>
        <translation>Frais de mise en service, de migration ou autres, facturés une seule fois.</translation>
    </message>
    <message>
        <source>One-time &amp;amount:</source>
        <translation>M&amp;ontant ponctuel :</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Ét&amp;ape :</translation>
    </message>
    <message>
        <source>Move the deal on the board to change its stage: each move checks the playbook&apos;s stage gates.</source>
        <translation>Déplacez le deal sur le tableau pour changer son étape : chaque déplacement vérifie les critères de passage du playbook.</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Has an expected close date</source>
        <translation>A une date de clôture prévue</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>Clôt&amp;ure prévue :</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where the deal came from: inbound, referral, trade show…</source>
        <translation>Provenance du deal : inbound, recommandation, salon…</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Responsa&amp;ble :</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>e.g. Send the proposal</source>
        <translation>par ex. Envoyer la proposition</translation>
    </message>
    <message>
        <source>Next ste&amp;p:</source>
        <translation>P&amp;rochaine action :</translation>
    </message>
    <message>
        <source>Next step has a due date</source>
        <translation>La prochaine action a une échéance</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Échéance de la prochaine action</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>&amp;Verbal agreement</source>
        <translation>Accord &amp;verbal</translation>
    </message>
    <message>
        <source>The buyer said yes; only the signature is missing. Feeds the forecast: a deal in Nego with a verbal agreement counts in Commit.</source>
        <translation>L&apos;acheteur a dit oui ; il ne manque que la signature. Alimente les prévisions : un deal en Négociation avec un accord verbal compte dans Commit.</translation>
    </message>
    <message>
        <source>Time&amp;line confirmed</source>
        <translation>Time&amp;line confirmée</translation>
    </message>
    <message>
        <source>The buyer confirmed when they will decide. Feeds the forecast: a deal in Proposal with a confirmed timeline counts in Best case.</source>
        <translation>L&apos;acheteur a confirmé quand il décidera. Alimente les prévisions : un deal en Proposition avec une timeline confirmée compte dans Best case.</translation>
    </message>
    <message>
        <source>Forecast:</source>
        <translation>Prévisions :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nouveau contact…</translation>
    </message>
    <message>
        <source>%1, expected cycle %2–%3 days</source>
        <translation>%1, cycle prévu de %2 à %3 jours</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>Donnez un titre au deal.</translation>
    </message>
    <message>
        <source>Choose the company, or type the name of a new one.</source>
        <translation>Choisissez l&apos;entreprise, ou saisissez le nom d&apos;une nouvelle.</translation>
    </message>
    <message>
        <source>Give the new contact a name.</source>
        <translation>Donnez un nom au nouveau contact.</translation>
    </message>
    <message>
        <source>Enter the new contact&apos;s email address.</source>
        <translation>Saisissez l&apos;adresse email du nouveau contact.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address: check the new contact&apos;s email.</source>
        <translation>“%1” n&apos;est pas une adresse email valide : vérifiez l&apos;email du nouveau contact.</translation>
    </message>
    <message>
        <source>%1 already has this email address: choose them as the contact instead.</source>
        <translation>%1 a déjà cette adresse email : choisissez plutôt cette personne comme contact.</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: an amount cannot be negative.</source>
        <translation>%1 : un montant ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>dealboard::DealFollowUpsList</name>
    <message>
        <source>No follow-up yet. Qualifying the deal (Ctrl+Q) proposes them.</source>
        <translation>Aucune relance pour l&apos;instant. La qualification du deal (Ctrl+Q) en propose.</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · échéance %2</translation>
    </message>
</context>
<context>
    <name>dealboard::DealHistoryList</name>
    <message>
        <source>History of the deal</source>
        <translation>Historique du deal</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Impossible de lire l&apos;historique : %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No history recorded for this deal.</source>
        <translation>Aucun historique enregistré pour ce deal.</translation>
    </message>
    <message>
        <source>Created in %1</source>
        <translation>Créé à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Déplacé de %1 à %2</translation>
    </message>
    <message>
        <source>Won (from %1)</source>
        <translation>Gagné (depuis %1)</translation>
    </message>
    <message>
        <source>Lost from %1: %2</source>
        <translation>Perdu à l&apos;étape %1 : %2</translation>
    </message>
    <message>
        <source>Lost from %1: %2 (%3)</source>
        <translation>Perdu à l&apos;étape %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Unchecked “%1”</source>
        <translation>Décoché “%1”</translation>
    </message>
    <message>
        <source>Checked “%1”</source>
        <translation>Coché “%1”</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Qualified: BANT+ %1 (%2)</source>
        <translation>Qualifié : BANT+ %1 (%2)</translation>
    </message>
    <message>
        <source>Qualified: BANT+ %1</source>
        <translation>Qualifié : BANT+ %1</translation>
    </message>
    <message>
        <source>Undid a change</source>
        <translation>Modification annulée</translation>
    </message>
    <message>
        <source>Reordered in its column</source>
        <translation>Réordonné dans sa colonne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>One-time amount</source>
        <translation>Montant ponctuel</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Échéance de la prochaine action</translation>
    </message>
    <message>
        <source>Verbal agreement</source>
        <translation>Accord verbal</translation>
    </message>
    <message>
        <source>Timeline confirmed</source>
        <translation>Timeline confirmée</translation>
    </message>
    <message>
        <source>HubSpot id</source>
        <translation>Id HubSpot</translation>
    </message>
    <message>
        <source>Pipedrive id</source>
        <translation>Id Pipedrive</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>entreprise %1</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>contact %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Won from %1: %2</source>
        <translation>Gagné depuis %1 : %2</translation>
    </message>
    <message>
        <source>Win/loss review removed</source>
        <translation>Revue win/loss supprimée</translation>
    </message>
    <message>
        <source>Win/loss review saved</source>
        <translation>Revue win/loss enregistrée</translation>
    </message>
</context>
<context>
    <name>dealboard::DealObjectionListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1, met on %2</source>
        <translation>%1, rencontrée le %2</translation>
    </message>
</context>
<context>
    <name>dealboard::DealObjectionsList</name>
    <message>
        <source>Objections met on this deal</source>
        <translation>Objections rencontrées sur ce deal</translation>
    </message>
    <message>
        <source>No objection logged yet: select the deal and use “Objection met on this deal” in the Playbooks panel.</source>
        <translation>Aucune objection enregistrée pour l&apos;instant&#xa0;: sélectionnez le deal et utilisez «&#xa0;Objection rencontrée sur ce deal&#xa0;» dans le panneau Playbooks.</translation>
    </message>
</context>
<context>
    <name>dealboard::DealQuotesList</name>
    <message>
        <source>No quote yet: Deal ▸ New Quote… (Ctrl+Alt+Q) makes one from the catalogue.</source>
        <translation>Aucun devis pour l&apos;instant&#xa0;: Deal ▸ Nouveau devis… (Ctrl+Alt+Q) en crée un à partir du catalogue.</translation>
    </message>
    <message>
        <source>signed by %1 on %2</source>
        <translation>signé par %1 le %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 HT/month · %4</source>
        <translation>%1 · %2 · %3 HT/mois · %4</translation>
    </message>
</context>
<context>
    <name>dealboard::DealTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>MRR × the stage&apos;s probability</source>
        <translation>MRR × probabilité de l&apos;étape</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>In stage</source>
        <translation>Dans l&apos;étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>—</source>
        <comment>not qualified</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>BANT+</source>
        <translation>BANT+</translation>
    </message>
</context>
<context>
    <name>dealboard::DealsPage</name>
    <message>
        <source>Search title, company, contact… (Ctrl+F)</source>
        <translation>Rechercher titre, entreprise, contact… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>No deals yet. Create sample data with File ▸ New Database, or add deals from the command line: dealboard-cli deal add --help</source>
        <translation>Aucun deal pour l&apos;instant. Créez des données d&apos;exemple avec Fichier ▸ Nouvelle base, ou ajoutez des deals en ligne de commande : dealboard-cli deal add --help</translation>
    </message>
    <message>
        <source>No deal matches this search. Clear the search field or choose &quot;All stages&quot;.</source>
        <translation>Aucun deal ne correspond à cette recherche. Videz le champ de recherche ou choisissez &quot;Toutes les étapes&quot;.</translation>
    </message>
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
            <numerusform>%1 sur %Ln deal</numerusform>
            <numerusform>%1 sur %Ln deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::DiscoveryScriptPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discovery call (15 min)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Call discovery (15 min)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Durée du call</translation>
    </message>
    <message>
        <source>“What brings you to VMCloud?”</source>
        <translation>“Qu&apos;est-ce qui vous amène vers VMCloud ?”</translation>
    </message>
    <message>
        <source>“What is your current setup?”</source>
        <translation>“Quel est votre setup actuel ?”</translation>
    </message>
    <message>
        <source>“What problems are you running into?”</source>
        <translation>“Quels problèmes rencontrez-vous ?”</translation>
    </message>
    <message>
        <source>“What is your approximate budget?”</source>
        <translation>“Quel est votre budget approximatif ?”</translation>
    </message>
    <message>
        <source>“What is your timeline?”</source>
        <translation>“Quel est votre timeline ?”</translation>
    </message>
    <message>
        <source>Quick mutual introduction</source>
        <translation>Présentation rapide mutuelle</translation>
    </message>
    <message>
        <source>BANT+ questions</source>
        <translation>Questions BANT+</translation>
    </message>
    <message>
        <source>Qualify the fit</source>
        <translation>Qualifier fit</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>%1–%2 min · %3</source>
        <translation>%1–%2 min · %3</translation>
    </message>
    <message>
        <source>The call is over its 15 minutes.</source>
        <translation>Le call a dépassé ses 15 minutes.</translation>
    </message>
</context>
<context>
    <name>dealboard::EmailActions</name>
    <message>
        <source>Email sending (SMTP)</source>
        <translation>Envoi des emails (SMTP)</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Modèles d&apos;email</translation>
    </message>
</context>
<context>
    <name>dealboard::EmailComposeDialog</name>
    <message>
        <source>Send Email</source>
        <translation>Envoyer un email</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Open in &amp;Mail Client</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>No SMTP server is set up (Settings ▸ Email sending): open the message in your mail client or copy it.</source>
        <translation>Aucun serveur SMTP n&apos;est configuré (Réglages ▸ Envoi des emails)&#xa0;: ouvrez le message dans votre messagerie ou copiez-le.</translation>
    </message>
    <message>
        <source>Attach the quote PDF (%1)</source>
        <translation>Joindre le PDF du devis (%1)</translation>
    </message>
    <message>
        <source>Once sent, the follow-up &quot;%1&quot; is marked done.</source>
        <translation>Une fois l&apos;email envoyé, la relance «&#xa0;%1&#xa0;» est marquée comme faite.</translation>
    </message>
    <message>
        <source>Fill or remove: %1</source>
        <translation>À remplir ou à retirer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The deal&apos;s contact has no email address: type one in To.</source>
        <translation>Le contact du deal n&apos;a pas d&apos;adresse email&#xa0;: saisissez-en une dans Destinataire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse email.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>L&apos;objet est vide.</translation>
    </message>
    <message>
        <source>Set up the SMTP server in Settings to send from here.</source>
        <translation>Configurez le serveur SMTP dans les Réglages pour envoyer depuis ici.</translation>
    </message>
    <message>
        <source>The quote&apos;s PDF could not be made: %1</source>
        <translation>Le PDF du devis n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Secure connection (TLS) failed</source>
        <translation>Échec de la connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problème réseau</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>%1 — the email was not sent and your draft is kept. %2</source>
        <translation>%1 — l&apos;email n&apos;a pas été envoyé et votre brouillon est conservé. %2</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Email envoyé</translation>
    </message>
    <message>
        <source>Log the email</source>
        <translation>Enregistrer l&apos;email</translation>
    </message>
    <message>
        <source>Log this email on the deal as sent (and mark the follow-up it answers done)?</source>
        <translation>Enregistrer cet email sur le deal comme envoyé (et marquer comme faite la relance à laquelle il répond)&#xa0;?</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot;</source>
        <translation>Email «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No mail client opened the message; copy it instead.</source>
        <translation>Aucun client de messagerie n&apos;a ouvert le message&#xa0;; copiez-le plutôt.</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>À&#xa0;: %1
Objet&#xa0;: %2

%3</translation>
    </message>
</context>
<context>
    <name>dealboard::EmailTemplateEditor</name>
    <message>
        <source>Save &amp;Template</source>
        <translation>Enregistrer le &amp;modèle</translation>
    </message>
    <message>
        <source>Reset to the &amp;Built-in Text…</source>
        <translation>Revenir au &amp;texte d&apos;origine…</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor.</source>
        <translation>Double-cliquez pour insérer à la position du curseur.</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>&amp;Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Champs&#xa0;:</translation>
    </message>
    <message>
        <source>Preview &amp;with:</source>
        <translation>&amp;Aperçu avec&#xa0;:</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>D&apos;origine</translation>
    </message>
    <message>
        <source>Choose a deal to preview the email with its values.</source>
        <translation>Choisissez un deal pour prévisualiser l&apos;email avec ses valeurs.</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation>Champs inconnus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No value for this deal: %1</source>
        <translation>Aucune valeur pour ce deal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Email template</source>
        <translation>Modèle d&apos;email</translation>
    </message>
    <message>
        <source>The subject and the body cannot be empty.</source>
        <translation>L&apos;objet et le corps ne peuvent pas être vides.</translation>
    </message>
    <message>
        <source>Edit the email template &quot;%1&quot;</source>
        <translation>Modifier le modèle d&apos;email «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reset the template</source>
        <translation>Réinitialiser le modèle</translation>
    </message>
    <message>
        <source>Replace your version of this template by the built-in text? (Edit ▸ Undo brings it back.)</source>
        <translation>Remplacer votre version de ce modèle par le texte d&apos;origine&#xa0;? (Édition ▸ Annuler la restaure.)</translation>
    </message>
    <message>
        <source>Reset the email template &quot;%1&quot;</source>
        <translation>Réinitialiser le modèle d&apos;email «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot save the email template</source>
        <translation>Impossible d&apos;enregistrer le modèle d&apos;email</translation>
    </message>
</context>
<context>
    <name>dealboard::ExportDialog</name>
    <message>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8 avec BOM (pour Excel)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Deals (CSV)</source>
        <translation>Deals (CSV)</translation>
    </message>
    <message>
        <source>Companies (CSV)</source>
        <translation>Entreprises (CSV)</translation>
    </message>
    <message>
        <source>Contacts (CSV)</source>
        <translation>Contacts (CSV)</translation>
    </message>
    <message>
        <source>Activities (CSV)</source>
        <translation>Activités (CSV)</translation>
    </message>
    <message>
        <source>Quotes, one row per line (CSV)</source>
        <translation>Devis, une ligne par ligne de devis (CSV)</translation>
    </message>
    <message>
        <source>Whole database (JSON)</source>
        <translation>Base de données complète (JSON)</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), decimal comma</source>
        <translation>Point-virgule ( ; ), virgule décimale</translation>
    </message>
    <message>
        <source>Comma ( , ), decimal point</source>
        <translation>Virgule ( , ), point décimal</translation>
    </message>
    <message>
        <source>Tab, decimal point</source>
        <translation>Tabulation, point décimal</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Only the records in use are exported (not the deleted ones), with the column names Import recognises.</source>
        <translation>Seuls les enregistrements actifs sont exportés (pas ceux qui ont été supprimés), avec les noms de colonnes que l&apos;import reconnaît.</translation>
    </message>
    <message>
        <source>Every table and every row, history included: an exact copy that can be imported into a new, empty database.</source>
        <translation>Toutes les tables et toutes les lignes, historique compris&#xa0;: une copie exacte, qui peut être importée dans une nouvelle base de données vide.</translation>
    </message>
</context>
<context>
    <name>dealboard::FieldProblems</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>dealboard::FirstRunDialog</name>
    <message>
        <source>Welcome to Dealboard</source>
        <translation>Bienvenue dans Dealboard</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Dealboard.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your pipeline will live in one file on this computer:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Start with sample data to look around (French companies, deals in every stage, a year of history), or start empty and add your own deals.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bienvenue dans Dealboard.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Votre pipeline sera stocké dans un seul fichier sur cet ordinateur :&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Commencez avec des données d&apos;exemple pour découvrir l&apos;application (entreprises françaises, deals à toutes les étapes, un an d&apos;historique), ou commencez avec une base vide et ajoutez vos propres deals.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with &amp;sample data</source>
        <translation>Commencer avec des &amp;données d&apos;exemple</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Commencer avec une base &amp;vide</translation>
    </message>
</context>
<context>
    <name>dealboard::FollowUpEditor</name>
    <message>
        <source>Score at least one criterion to see the follow-ups the playbook proposes.</source>
        <translation>Notez au moins un critère pour voir les relances proposées par le playbook.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>Conserver “%1”</translation>
    </message>
    <message>
        <source>Follow-up title</source>
        <translation>Titre de la relance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>dealboard::ForecastPage</name>
    <message>
        <source>Weighted forecast</source>
        <translation>Prévision pondérée</translation>
    </message>
    <message>
        <source>Σ MRR × stage probability over the open deals expected to close in the period (Demo 40 %, Proposal 60 %, Negotiation 80 % …).</source>
        <translation>Σ MRR × probabilité de l&apos;étape, sur les deals ouverts dont la clôture est prévue sur la période (Démo 40 %, Proposition 60 %, Négociation 80 % …).</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>MRR of the Negotiation deals with a verbal agreement.</source>
        <translation>MRR des deals en Négociation avec un accord verbal.</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best case</translation>
    </message>
    <message>
        <source>Commit, plus the MRR of the Proposal deals whose timeline is confirmed.</source>
        <translation>Commit, plus le MRR des deals en Proposition dont la timeline est confirmée.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>MRR of every open deal from Qualified on (stages with a probability above 0).</source>
        <translation>MRR de tous les deals ouverts à partir de Qualifié (étapes dont la probabilité est supérieure à 0).</translation>
    </message>
    <message>
        <source>Forecast by month of expected close</source>
        <translation>Prévisions par mois de clôture prévue</translation>
    </message>
    <message>
        <source>Bars: Commit (Negotiation with a verbal agreement), then Best case beyond it (Proposal with a confirmed timeline), then the rest of the pipeline from Qualified on. Line: the weighted forecast (MRR × stage probability). Quota: a third of the quarter&apos;s new-MRR objective per month.</source>
        <translation>Barres : Commit (Négociation avec un accord verbal), puis Best case au-delà (Proposition avec une timeline confirmée), puis le reste du pipeline à partir de Qualifié. Courbe : la prévision pondérée (MRR × probabilité de l&apos;étape). Quota : un tiers de l&apos;objectif de nouveau MRR du trimestre, par mois.</translation>
    </message>
    <message>
        <source>No open deal is expected to close in this period. Give your deals an expected close date to see them here.</source>
        <translation>Aucun deal ouvert n&apos;a de clôture prévue sur cette période. Donnez une date de clôture prévue à vos deals pour les voir ici.</translation>
    </message>
    <message>
        <source>Best case beyond commit</source>
        <translation>Best case au-delà du commit</translation>
    </message>
    <message>
        <source>Rest of the pipeline</source>
        <translation>Reste du pipeline</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln deal ouvert</numerusform>
            <numerusform>%Ln deals ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the chart: %Ln open deal(s) without an expected close date (weighted %1).</source>
        <translation>
            <numerusform>Hors graphique : %Ln deal ouvert sans date de clôture prévue (pondéré %1).</numerusform>
            <numerusform>Hors graphique : %Ln deals ouverts sans date de clôture prévue (pondéré %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::ForecastTableModel</name>
    <message>
        <source>Won %1 against %2 forecast at the start of the month</source>
        <translation>Gagné : %1, contre %2 prévu en début de mois</translation>
    </message>
    <message>
        <source>No expected close date</source>
        <translation>Sans date de clôture prévue</translation>
    </message>
    <message>
        <source>Negotiation deals with a verbal agreement</source>
        <translation>Deals en Négociation avec un accord verbal</translation>
    </message>
    <message>
        <source>Commit, plus Proposal deals with a confirmed timeline</source>
        <translation>Commit, plus les deals en Proposition avec une timeline confirmée</translation>
    </message>
    <message>
        <source>Every open deal from Qualified on</source>
        <translation>Tous les deals ouverts à partir de Qualifié</translation>
    </message>
    <message>
        <source>Σ MRR × stage probability</source>
        <translation>Σ MRR × probabilité de l&apos;étape</translation>
    </message>
    <message>
        <source>The weighted forecast of the deals expected to close in the month, as it stood the day before the month began</source>
        <translation>La prévision pondérée des deals dont la clôture est prévue dans le mois, telle qu&apos;elle était la veille du début du mois</translation>
    </message>
    <message>
        <source>MRR of the deals won in the month</source>
        <translation>MRR des deals gagnés dans le mois</translation>
    </message>
    <message>
        <source>Won ÷ forecast then</source>
        <translation>Gagné ÷ prévision initiale</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Forecast then</source>
        <translation>Prévision initiale</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
</context>
<context>
    <name>dealboard::FunnelChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de l&apos;étape %2</translation>
    </message>
    <message>
        <source>Under the %1 target</source>
        <translation>Sous l&apos;objectif de %1</translation>
    </message>
    <message>
        <source>Target %1 reached</source>
        <translation>Objectif de %1 atteint</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Under the conversion target</source>
        <translation>Sous l&apos;objectif de conversion</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>dealboard::FunnelPage</name>
    <message>
        <source>&amp;Funnel</source>
        <translation>Fu&amp;nnel</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>&amp;Win/Loss</source>
        <translation>&amp;Gagnés/Perdus</translation>
    </message>
    <message>
        <source>Edit the objectives</source>
        <translation>Modifier les objectifs</translation>
    </message>
</context>
<context>
    <name>dealboard::FunnelView</name>
    <message>
        <source>Funnel of the deals created in the period</source>
        <translation>Funnel des deals créés sur la période</translation>
    </message>
    <message>
        <source>The deals created in the period, and how many of them reached each stage by the as-of day (a deal created in Demo has reached Lead and Qualified; a lost deal counts for the stages it reached). Percentages: conversion from the stage above. A bar under its playbook target is highlighted.</source>
        <translation>Les deals créés sur la période, et combien d&apos;entre eux ont atteint chaque étape à la date de référence (un deal créé en Démo a atteint Lead et Qualifié ; un deal perdu compte pour les étapes qu&apos;il a atteintes). Pourcentages : conversion depuis l&apos;étape précédente. Une barre sous l&apos;objectif du playbook est mise en évidence.</translation>
    </message>
    <message>
        <source>No deal was created in this period.</source>
        <translation>Aucun deal n&apos;a été créé sur cette période.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Under the playbook&apos;s target by %1</source>
        <translation>Sous l&apos;objectif du playbook : %1</translation>
    </message>
    <message>
        <source>%1 of the deals that reached %2 went on to %3</source>
        <translation>%1 des deals ayant atteint l&apos;étape %2 sont passés à l&apos;étape %3</translation>
    </message>
</context>
<context>
    <name>dealboard::GateDialog</name>
    <message>
        <source>Stage gate</source>
        <translation>Critères de passage</translation>
    </message>
    <message>
        <source>Before %1 moves on, the playbook asks for:</source>
        <translation>Avant de faire avancer %1, le playbook demande :</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The contact&apos;s email</source>
        <translation>L&apos;email du contact</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Every criterion holds.</source>
        <translation>Tous les critères sont remplis.</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) still missing: the deal stays where it is until they hold.</source>
        <translation>
            <numerusform>%n critère manque encore : le deal reste où il est tant qu&apos;il n&apos;est pas rempli.</numerusform>
            <numerusform>%n critères manquent encore : le deal reste où il est tant qu&apos;ils ne sont pas remplis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::ImportDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Impossible d&apos;importer ce fichier</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Reading %1 again…</source>
        <translation>Nouvelle lecture de %1…</translation>
    </message>
    <message>
        <source>The step ended without an answer.</source>
        <translation>L&apos;étape s&apos;est terminée sans réponse.</translation>
    </message>
    <message>
        <source>Nothing in the file differs from the database any more: it changed since the preview.</source>
        <translation>Plus rien dans le fichier ne diffère de la base de données&#xa0;: elle a changé depuis l&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>dealboard::ImportHistoryDialog</name>
    <message>
        <source>Nothing was imported into this database yet.</source>
        <translation>Rien n&apos;a encore été importé dans cette base de données.</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annuler l&apos;import…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>New / updated</source>
        <translation>Ajouts / mises à jour</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>Impossible d&apos;annuler l&apos;import</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1? The %n row(s) it created will be deleted and those it updated set back as they were.</source>
        <translation>
            <numerusform>Annuler l&apos;import de %1&#xa0;? %n ligne qu&apos;il a créée sera supprimée, et celles qu&apos;il a mises à jour seront remises dans leur état antérieur.</numerusform>
            <numerusform>Annuler l&apos;import de %1&#xa0;? Les %n lignes qu&apos;il a créées seront supprimées, et celles qu&apos;il a mises à jour seront remises dans leur état antérieur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its row(s) changed since the import: undoing sets them back or deletes them too.</source>
        <translation>
            <numerusform>%n de ses lignes a été modifiée depuis l&apos;import&#xa0;: l&apos;annulation la remet elle aussi dans son état antérieur ou la supprime.</numerusform>
            <numerusform>%n de ses lignes ont été modifiées depuis l&apos;import&#xa0;: l&apos;annulation les remet elles aussi dans leur état antérieur ou les supprime.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
</context>
<context>
    <name>dealboard::ImportMappingPage</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>monthly amount (MRR)</source>
        <translation>montant mensuel (MRR)</translation>
    </message>
    <message>
        <source>one-time amount</source>
        <translation>montant ponctuel</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>status (open, won, lost)</source>
        <translation>statut (ouvert, gagné, perdu)</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>date de clôture prévue</translation>
    </message>
    <message>
        <source>created on</source>
        <translation>date de création</translation>
    </message>
    <message>
        <source>last changed on</source>
        <translation>date de dernière modification</translation>
    </message>
    <message>
        <source>won or lost on</source>
        <translation>date de gain ou de perte</translation>
    </message>
    <message>
        <source>in its stage since</source>
        <translation>date d&apos;entrée dans l&apos;étape</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>prochaine action</translation>
    </message>
    <message>
        <source>next step due</source>
        <translation>échéance de la prochaine action</translation>
    </message>
    <message>
        <source>lost reason</source>
        <translation>raison de la perte</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <source>won reason</source>
        <translation>raison du gain</translation>
    </message>
    <message>
        <source>verbal agreement</source>
        <translation>accord verbal</translation>
    </message>
    <message>
        <source>timeline confirmed</source>
        <translation>timeline confirmée</translation>
    </message>
    <message>
        <source>id in the other CRM</source>
        <translation>id dans l&apos;autre CRM</translation>
    </message>
    <message>
        <source>HubSpot id</source>
        <translation>id HubSpot</translation>
    </message>
    <message>
        <source>Pipedrive id</source>
        <translation>id Pipedrive</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>decision role</source>
        <translation>rôle décisionnel</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>Deal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Entreprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Other CSV</source>
        <translation>Autre CSV</translation>
    </message>
    <message>
        <source>Decides which column holds the other CRM&apos;s id, used to find the same deal when the file is imported again.</source>
        <translation>Détermine la colonne qui contient l&apos;id de l&apos;autre CRM, utilisé pour retrouver le même deal quand le fichier est importé à nouveau.</translation>
    </message>
    <message>
        <source>Year first (2026-11-24)</source>
        <translation>Année en premier (2026-11-24)</translation>
    </message>
    <message>
        <source>Day first (24/11/2026)</source>
        <translation>Jour en premier (24/11/2026)</translation>
    </message>
    <message>
        <source>Month first (11/24/2026)</source>
        <translation>Mois en premier (11/24/2026)</translation>
    </message>
    <message>
        <source>Decimal point (1,234.50)</source>
        <translation>Point décimal (1,234.50)</translation>
    </message>
    <message>
        <source>Decimal comma (1 234,50)</source>
        <translation>Virgule décimale (1&#xa0;234,50)</translation>
    </message>
    <message>
        <source>Monthly (MRR)</source>
        <translation>Mensuel (MRR)</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Stage in the file</source>
        <translation>Étape dans le fichier</translation>
    </message>
    <message>
        <source>Playbook stage</source>
        <translation>Étape du playbook</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>Les &amp;lignes sont&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>&amp;Exporté par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;mounts:</source>
        <translation>&amp;Montants&#xa0;:</translation>
    </message>
    <message>
        <source>An &quot;&amp;Amount&quot; is:</source>
        <translation>Un «&#xa0;Mon&amp;tant&#xa0;» est&#xa0;:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows, %3, separated by %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 lignes, %3, valeurs séparées par des %4.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>Choose a stage…</source>
        <translation>Choisir une étape…</translation>
    </message>
    <message>
        <source>Every date of the file reads both day first and month first: choose how they are written.</source>
        <translation>Chaque date du fichier peut se lire le jour en premier comme le mois en premier&#xa0;: choisissez comment elles sont écrites.</translation>
    </message>
    <message>
        <source>The amounts (such as 1,234) read both as thousands and as decimals: choose their decimal separator.</source>
        <translation>Les montants (comme 1,234) peuvent se lire comme des milliers ou comme des décimales&#xa0;: choisissez leur séparateur décimal.</translation>
    </message>
    <message>
        <source>id in this file</source>
        <translation>id dans ce fichier</translation>
    </message>
</context>
<context>
    <name>dealboard::ImportPreviewPage</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translation>&amp;Laisser de côté les lignes qui posent problème et importer les autres</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Premières lignes&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 — ajouts&#xa0;: %2, mises à jour&#xa0;: %3, sans changement&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) marked deleted in the other CRM left out.</source>
        <translation>
            <numerusform>%n ligne laissée de côté&#xa0;: marquée comme supprimée dans l&apos;autre CRM.</numerusform>
            <numerusform>%n lignes laissées de côté&#xa0;: marquées comme supprimées dans l&apos;autre CRM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n ligne pose problème.</numerusform>
            <numerusform>%n lignes posent problème.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sans changement</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Laissée de côté</translation>
    </message>
    <message>
        <source>The first %1 problems of %2 are listed.</source>
        <translation>Les %1 premiers problèmes sur %2 sont listés.</translation>
    </message>
</context>
<context>
    <name>dealboard::KpiEntryDialog</name>
    <message>
        <source>&amp;NPS of new customers:</source>
        <translation>&amp;NPS des nouveaux clients :</translation>
    </message>
    <message>
        <source>&amp;Churn in the first month:</source>
        <translation>C&amp;hurn du premier mois :</translation>
    </message>
    <message>
        <source>E&amp;xpansion at month 6:</source>
        <translation>E&amp;xpansion à 6 mois :</translation>
    </message>
    <message>
        <source>Customer &amp;acquisition cost:</source>
        <translation>&amp;Coût d&apos;acquisition client :</translation>
    </message>
    <message>
        <source>Monthly Figures</source>
        <translation>Chiffres mensuels</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>Figures Dealboard cannot compute. Tick a box to enter it; leave it unticked when you do not know it.</source>
        <translation>Les chiffres que Dealboard ne peut pas calculer. Cochez une case pour saisir le chiffre ; laissez-la décochée si vous ne le connaissez pas.</translation>
    </message>
    <message>
        <source>CAC: %1</source>
        <translation>CAC : %1</translation>
    </message>
</context>
<context>
    <name>dealboard::KpisView</name>
    <message>
        <source>&amp;Enter Monthly Figures…</source>
        <translation>&amp;Saisir les chiffres mensuels…</translation>
    </message>
    <message>
        <source>Leads per week</source>
        <translation>Leads par semaine</translation>
    </message>
    <message>
        <source>Deals created each week (Monday to Sunday).</source>
        <translation>Deals créés chaque semaine (du lundi au dimanche).</translation>
    </message>
    <message>
        <source>Demos per week</source>
        <translation>Démos par semaine</translation>
    </message>
    <message>
        <source>Moves into the Demo stage each week (a deal moved into Demo twice counts twice).</source>
        <translation>Passages à l&apos;étape Démo chaque semaine (un deal passé deux fois en Démo compte deux fois).</translation>
    </message>
    <message>
        <source>Deals won per month</source>
        <translation>Deals gagnés par mois</translation>
    </message>
    <message>
        <source>Deals closed won each month.</source>
        <translation>Deals passés à Gagné chaque mois.</translation>
    </message>
    <message>
        <source>New MRR per month</source>
        <translation>Nouveau MRR par mois</translation>
    </message>
    <message>
        <source>MRR of the deals won each month.</source>
        <translation>MRR des deals gagnés chaque mois.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Première réponse (médiane)</translation>
    </message>
    <message>
        <source>For the deals created in the period: the time from creation to the first email or call marked done.</source>
        <translation>Pour les deals créés sur la période : le délai entre la création et le premier email ou call marqué comme fait.</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Réponse dans les délais</translation>
    </message>
    <message>
        <source>The share of those deals answered within the playbook&apos;s response time.</source>
        <translation>La part de ces deals ayant reçu une réponse dans le délai fixé par le playbook.</translation>
    </message>
    <message>
        <source>Demo show rate</source>
        <translation>Taux de présence aux démos</translation>
    </message>
    <message>
        <source>Demo activities due in the period and marked done, over all of them; a demo still open after its day counts as a no-show.</source>
        <translation>Les démos prévues sur la période et marquées comme faites, rapportées à toutes les démos prévues ; une démo encore ouverte après sa date compte comme un no-show.</translation>
    </message>
    <message>
        <source>Monthly figures entered by hand</source>
        <translation>Chiffres mensuels saisis à la main</translation>
    </message>
    <message>
        <source>NPS, churn in the first month, expansion at month 6 and customer acquisition cost: Dealboard cannot compute them, you type them in.</source>
        <translation>NPS, churn du premier mois, expansion à 6 mois et coût d&apos;acquisition client : Dealboard ne peut pas les calculer, c&apos;est vous qui les saisissez.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Demos</source>
        <translation>Démos</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Deals gagnés</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Nouveau MRR</translation>
    </message>
    <message>
        <source>Target under %1</source>
        <translation>Objectif : moins de %1</translation>
    </message>
    <message>
        <source>%1 answered, %2 still waiting</source>
        <translation>Avec réponse : %1, en attente : %2</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>Sous %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message>
        <source>%1 of %2 demos held</source>
        <translation>Démos tenues : %1 sur %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>NPS (target &gt; %1)</source>
        <translation>NPS (objectif &gt; %1)</translation>
    </message>
    <message>
        <source>Churn M1 (target &lt; %1)</source>
        <translation>Churn M1 (objectif &lt; %1)</translation>
    </message>
    <message>
        <source>Expansion M6 (target %1)</source>
        <translation>Expansion M6 (objectif %1)</translation>
    </message>
    <message>
        <source>CAC (target &lt; %1)</source>
        <translation>CAC (objectif &lt; %1)</translation>
    </message>
</context>
<context>
    <name>dealboard::LostDropZone</name>
    <message>
        <source>Drop a deal here to mark it lost (you will be asked why)</source>
        <translation>Déposez un deal ici pour le marquer comme perdu (la raison vous sera demandée)</translation>
    </message>
</context>
<context>
    <name>dealboard::MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <source>Funnel &amp; KPIs</source>
        <translation>Funnel &amp; KPI</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sauvegarder la base…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find Deals…</source>
        <translation>Rec&amp;hercher des deals…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Dealboard</source>
        <translation>À &amp;propos de Dealboard</translation>
    </message>
    <message>
        <source>About Dealboard</source>
        <translation>À propos de Dealboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealboard %1&lt;/h3&gt;&lt;p&gt;An offline pipeline manager for founder-led sales: your sales playbook, as the way the software works.&lt;/p&gt;&lt;p&gt;Your data stays in one SQLite file on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealboard %1&lt;/h3&gt;&lt;p&gt;Un gestionnaire de pipeline hors ligne pour les ventes menées par le fondateur : votre playbook commercial devient le fonctionnement même du logiciel.&lt;/p&gt;&lt;p&gt;Vos données restent dans un seul fichier SQLite sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Distribué sous la licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot read the deals</source>
        <translation>Impossible de lire les deals</translation>
    </message>
    <message>
        <source>Monthly recurring revenue of the open deals; weighted by each stage&apos;s probability. Annualised: %1.</source>
        <translation>Revenu mensuel récurrent des deals ouverts ; pondéré par la probabilité de chaque étape. Annualisé : %1.</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Deals (%1)</translation>
    </message>
    <message>
        <source>%1 — Dealboard</source>
        <translation>%1 — Dealboard</translation>
    </message>
    <message>
        <source>Dealboard</source>
        <translation>Dealboard</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Dealboard databases (*.db);;All files (*)</source>
        <translation>Bases de données Dealboard (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Dealboard databases (*.db)</source>
        <translation>Bases de données Dealboard (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Dealboard never overwrites a file; choose another name, or open it with File ▸ Open Database.</source>
        <translation>%1 existe déjà. Dealboard n&apos;écrase jamais un fichier ; choisissez un autre nom, ou ouvrez-le avec Fichier ▸ Ouvrir une base.</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline %1 · weighted %2 · %Ln open deal(s)</source>
        <translation>
            <numerusform>Pipeline ouvert %1 · pondéré %2 · %Ln deal ouvert</numerusform>
            <numerusform>Pipeline ouvert %1 · pondéré %2 · %Ln deals ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Deal</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>&amp;Nouveau deal…</translation>
    </message>
    <message>
        <source>Mark as &amp;Lost…</source>
        <translation>Marquer comme &amp;perdu…</translation>
    </message>
    <message>
        <source>Move to the next stage: Ctrl+Right on a card</source>
        <translation>Passer à l&apos;étape suivante : Ctrl+Droite sur une carte</translation>
    </message>
    <message>
        <source>Move up or down its column: Ctrl+Up/Down</source>
        <translation>Monter ou descendre dans sa colonne : Ctrl+Haut/Bas</translation>
    </message>
    <message>
        <source>Show the &amp;Customer Column</source>
        <translation>Afficher la colonne &amp;Client</translation>
    </message>
    <message>
        <source>Board (%1)</source>
        <translation>Tableau (%1)</translation>
    </message>
    <message>
        <source>&amp;Qualify…</source>
        <translation>&amp;Qualifier…</translation>
    </message>
    <message>
        <source>This contact has no open deal to qualify; create one with Ctrl+N.</source>
        <translation>Ce contact n&apos;a aucun deal ouvert à qualifier ; créez-en un avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Select one deal (board, Deals or Contacts list) to qualify it.</source>
        <translation>Sélectionnez un deal (tableau, liste des deals ou des contacts) pour le qualifier.</translation>
    </message>
    <message>
        <source>coverage %1</source>
        <translation>couverture %1</translation>
    </message>
    <message>
        <source>Coverage: the pipeline from Qualified on (%1) over the %2 new-MRR objective (%3).</source>
        <translation>Couverture : le pipeline à partir de Qualifié (%1) rapporté à l&apos;objectif de nouveau MRR du trimestre %2 (%3).</translation>
    </message>
    <message>
        <source>Select deals on the board or in the Deals list first.</source>
        <translation>Sélectionnez d&apos;abord des deals sur le tableau ou dans la liste des deals.</translation>
    </message>
    <message>
        <source>New &amp;Quote…</source>
        <translation>Nouveau &amp;devis…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backups (this computer)</source>
        <translation>Sauvegardes (cet ordinateur)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Dealboard exports (*.json)</source>
        <translation>Exports Dealboard (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>%1 %2 written to %3</source>
        <translation>Fichier %3 écrit&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>The whole database (%1 rows) written to %2</source>
        <translation>Toute la base de données (%1 lignes) a été écrite dans %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>HubSpot, Pipedrive or Dealboard exports (*.csv *.txt *.json);;All files (*)</source>
        <translation>Exports HubSpot, Pipedrive ou Dealboard (*.csv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1. %2 File ▸ Import History… undoes it.</source>
        <translation>%1 importé. %2 Fichier ▸ Historique des imports… permet d&apos;annuler cet import.</translation>
    </message>
    <message>
        <source>Import a Whole Database</source>
        <translation>Importer une base de données complète</translation>
    </message>
    <message>
        <source>Import every record of %1 into this database? Only an empty database can take a whole-database export.</source>
        <translation>Importer tous les enregistrements de %1 dans cette base de données&#xa0;? Seule une base de données vide peut recevoir l&apos;export d&apos;une base complète.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>%1 lignes importées depuis %2.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des imports…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot read the playbook</source>
        <translation>Impossible de lire le playbook</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Revue hebdomadaire</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <source>Send &amp;Email…</source>
        <translation>Envoyer un &amp;email…</translation>
    </message>
    <message>
        <source>Select one deal to write to its contact.</source>
        <translation>Sélectionnez un seul deal pour écrire à son contact.</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Playbooks</translation>
    </message>
</context>
<context>
    <name>dealboard::MergeDialog</name>
    <message>
        <source>Merge Companies</source>
        <translation>Fusionner des entreprises</translation>
    </message>
    <message>
        <source>Merge Contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>Which company stays? The deals and contacts of the other one move to it, and the other one is deleted. Edit ▸ Undo takes the merge back.</source>
        <translation>Quelle entreprise conserver ? Les deals et contacts de l&apos;autre lui sont transférés, puis l&apos;autre est supprimée. Édition ▸ Annuler revient sur la fusion.</translation>
    </message>
    <message>
        <source>Which contact stays? The deals of the other one move to it, its empty fields take the other one’s values, and the other one is deleted. Edit ▸ Undo takes the merge back.</source>
        <translation>Quel contact garder ? Les deals de l&apos;autre lui sont rattachés, ses champs vides reprennent les valeurs de l&apos;autre, et l&apos;autre est supprimé. Édition ▸ Annuler revient sur la fusion.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>dealboard::MetricsView</name>
    <message>
        <source>= previous period</source>
        <translation>= période précédente</translation>
    </message>
    <message>
        <source>%1 %2 vs previous period</source>
        <translation>%1 %2 vs période précédente</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>MRR of the open deals from Qualified on, as of the chosen day.</source>
        <translation>MRR des deals ouverts à partir de Qualifié, au jour choisi.</translation>
    </message>
    <message>
        <source>Pipeline, annualised</source>
        <translation>Pipeline annualisé</translation>
    </message>
    <message>
        <source>Pipeline MRR × 12.</source>
        <translation>MRR du pipeline × 12.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Pipeline ÷ quota; the quota is the new-MRR objective of the quarter the period ends in.</source>
        <translation>Pipeline ÷ quota ; le quota est l&apos;objectif de nouveau MRR du trimestre où se termine la période.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de gain</translation>
    </message>
    <message>
        <source>Won ÷ (won + lost), over the deals closed in the period.</source>
        <translation>Gagnés ÷ (gagnés + perdus), sur les deals clôturés sur la période.</translation>
    </message>
    <message>
        <source>Qualified win rate</source>
        <translation>Taux de gain qualifié</translation>
    </message>
    <message>
        <source>Won ÷ the deals closed in the period that had reached Demo.</source>
        <translation>Gagnés ÷ deals clôturés sur la période ayant atteint Démo.</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Taille moyenne des deals</translation>
    </message>
    <message>
        <source>Mean MRR of the deals won in the period.</source>
        <translation>MRR moyen des deals gagnés sur la période.</translation>
    </message>
    <message>
        <source>Average cycle</source>
        <translation>Cycle moyen</translation>
    </message>
    <message>
        <source>Mean days from creation to Won, over the deals won in the period.</source>
        <translation>Nombre moyen de jours entre la création et Gagné, sur les deals gagnés sur la période.</translation>
    </message>
    <message>
        <source>Sales velocity</source>
        <translation>Vélocité commerciale</translation>
    </message>
    <message>
        <source>Open deals × win rate × average deal size ÷ average cycle: the MRR the pipeline brings per day.</source>
        <translation>Deals ouverts × taux de gain × taille moyenne des deals ÷ cycle moyen : le MRR que le pipeline rapporte par jour.</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Nouveau MRR</translation>
    </message>
    <message>
        <source>MRR of the deals won in the period.</source>
        <translation>MRR des deals gagnés sur la période.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln deal ouvert</numerusform>
            <numerusform>%Ln deals ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message>
        <source>Target %1 of a %2 quota</source>
        <translation>Objectif : %1 le quota (%2)</translation>
    </message>
    <message>
        <source>No objective for this quarter: no quota</source>
        <translation>Aucun objectif pour ce trimestre : pas de quota</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Objectif : %1 · %2</translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation>Gagnés : %1, perdus : %2</translation>
    </message>
    <message>
        <source>%1 of %2 past Demo</source>
        <translation>%1 sur %2 ayant atteint Démo</translation>
    </message>
    <message>
        <source>Target %1 (assisted sales)</source>
        <translation>Objectif : %1 (ventes assistées)</translation>
    </message>
    <message>
        <source>%1 / day</source>
        <translation>%1 / jour</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus c&apos;est élevé, mieux c&apos;est</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) won</source>
        <translation>
            <numerusform>%Ln deal gagné</numerusform>
            <numerusform>%Ln deals gagnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::MoneyLineEdit</name>
    <message>
        <source>“%1” is not an amount. Type it like %2.</source>
        <translation>“%1” n&apos;est pas un montant. Saisissez-le sous la forme %2.</translation>
    </message>
</context>
<context>
    <name>dealboard::NewDatabase</name>
    <message>
        <source>Creating sample data…</source>
        <translation>Création des données d&apos;exemple…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>dealboard::ObjectionDialog</name>
    <message>
        <source>New Objection</source>
        <translation>Nouvelle objection</translation>
    </message>
    <message>
        <source>Edit Objection</source>
        <translation>Modifier l&apos;objection</translation>
    </message>
    <message>
        <source>As the prospect says it, e.g. “It&apos;s too expensive”</source>
        <translation>Telle que le prospect la formule, par ex. «&#xa0;C&apos;est trop cher&#xa0;»</translation>
    </message>
    <message>
        <source>One point a line: “• Compare the total cost”, and the next step: “→ Offer a trial”</source>
        <translation>Un point par ligne&#xa0;: «&#xa0;• Comparer le coût total&#xa0;», et l&apos;étape suivante&#xa0;: «&#xa0;→ Proposer un essai&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>&amp;Objection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Your text replaces the playbook&apos;s; “Reset to the Playbook&apos;s Text” brings it back.</source>
        <translation>Votre texte remplace celui du playbook&#xa0;; «&#xa0;Revenir au texte du playbook&#xa0;» le rétablit.</translation>
    </message>
</context>
<context>
    <name>dealboard::ObjectionMetDialog</name>
    <message>
        <source>Objection Met</source>
        <translation>Objection rencontrée</translation>
    </message>
    <message>
        <source>&lt;p&gt;Log &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enregistrer &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;&#xa0;?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What they said (optional)</source>
        <translation>Ce que le prospect a dit (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>dealboard::ObjectionTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (masquée)</translation>
    </message>
</context>
<context>
    <name>dealboard::ObjectionsTab</name>
    <message>
        <source>Show hidden objections</source>
        <translation>Afficher les objections masquées</translation>
    </message>
    <message>
        <source>Objection &amp;Met on This Deal…</source>
        <translation>Objection ren&amp;contrée sur ce deal…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ma&amp;squer</translation>
    </message>
    <message>
        <source>&amp;Reset to the Playbook&apos;s Text</source>
        <translation>Revenir au texte du &amp;playbook</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset to the playbook&apos;s text</source>
        <translation>Revenir au texte du playbook</translation>
    </message>
    <message>
        <source>Objections met on this deal</source>
        <translation>Objections rencontrées sur ce deal</translation>
    </message>
    <message>
        <source>Met on %1:</source>
        <translation>Rencontrées sur %1&#xa0;:</translation>
    </message>
    <message>
        <source>Select a deal on the board or in the Deals list to log the objections it meets.</source>
        <translation>Sélectionnez un deal sur le tableau ou dans la liste des deals pour enregistrer les objections qu&apos;il rencontre.</translation>
    </message>
    <message>
        <source>Cannot read the objections</source>
        <translation>Impossible de lire les objections</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an objection to see its answer. Log the ones your prospects raise with “Objection met on this deal”: the weekly review counts them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez une objection pour voir sa réponse. Enregistrez celles que vos prospects soulèvent avec «&#xa0;Objection rencontrée sur ce deal&#xa0;»&#xa0;: la revue hebdomadaire les compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Log the selected objection on %1</source>
        <translation>Enregistrer l&apos;objection sélectionnée sur %1</translation>
    </message>
    <message>
        <source>Select a deal on the board or in the Deals list first</source>
        <translation>Sélectionnez d&apos;abord un deal sur le tableau ou dans la liste des deals</translation>
    </message>
    <message>
        <source>Hide “%1”? It leaves the list; “Show hidden objections” and “Reset to the Playbook&apos;s Text” bring it back.</source>
        <translation>Masquer «&#xa0;%1&#xa0;»&#xa0;? Elle quitte la liste&#xa0;; «&#xa0;Afficher les objections masquées&#xa0;» et «&#xa0;Revenir au texte du playbook&#xa0;» la rétablissent.</translation>
    </message>
    <message>
        <source>Hide “%1”? It leaves the list; “Show hidden objections” shows it again, and Undo brings it back.</source>
        <translation>Masquer «&#xa0;%1&#xa0;»&#xa0;? Elle quitte la liste&#xa0;; «&#xa0;Afficher les objections masquées&#xa0;» l&apos;affiche à nouveau, et Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Hide Objection</source>
        <translation>Masquer l&apos;objection</translation>
    </message>
    <message>
        <source>Objection Met on %1: “%2”</source>
        <translation>Objection rencontrée sur %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Remove Objection Met on %1</source>
        <translation>Retirer l&apos;objection rencontrée sur %1</translation>
    </message>
</context>
<context>
    <name>dealboard::ObjectivesDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Quarterly objectives</source>
        <translation>Objectifs trimestriels</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre :</translation>
    </message>
    <message>
        <source>&amp;New MRR:</source>
        <translation>&amp;Nouveau MRR :</translation>
    </message>
    <message>
        <source>&amp;Total MRR at the end:</source>
        <translation>MRR t&amp;otal en fin de trimestre :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Deals won:</source>
        <translation>&amp;Deals gagnés :</translation>
    </message>
    <message>
        <source>&amp;Average deal size:</source>
        <translation>Taille &amp;moyenne des deals :</translation>
    </message>
    <message>
        <source>&amp;Win rate:</source>
        <translation>Taux de &amp;gain :</translation>
    </message>
    <message>
        <source>Focus (English):</source>
        <translation>Focus (anglais) :</translation>
    </message>
    <message>
        <source>Focus (French):</source>
        <translation>Focus (français) :</translation>
    </message>
    <message>
        <source>&amp;Add Quarter</source>
        <translation>&amp;Ajouter un trimestre</translation>
    </message>
    <message>
        <source>The targets each quarter is measured against on the Funnel &amp; KPIs dashboard.</source>
        <translation>Les objectifs auxquels chaque trimestre est comparé dans le tableau de bord Funnel &amp; KPI.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Nouveau MRR</translation>
    </message>
    <message>
        <source>Total MRR</source>
        <translation>MRR total</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Taille moyenne des deals</translation>
    </message>
</context>
<context>
    <name>dealboard::ObjectivesView</name>
    <message>
        <source>&amp;Edit Objectives…</source>
        <translation>&amp;Modifier les objectifs…</translation>
    </message>
    <message>
        <source>Quarterly objectives</source>
        <translation>Objectifs trimestriels</translation>
    </message>
    <message>
        <source>Hiring triggers</source>
        <translation>Déclencheurs d&apos;embauche</translation>
    </message>
    <message>
        <source>When the playbook says it is time to hire, from the data as of the chosen day and the churn entered by hand.</source>
        <translation>Quand le playbook indique qu&apos;il est temps d&apos;embaucher, d&apos;après les données au jour choisi et le churn saisi à la main.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Nouveau MRR</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Deals gagnés</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Taille moyenne des deals</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de gain</translation>
    </message>
    <message>
        <source>No objectives yet: add a quarter with Edit Objectives…</source>
        <translation>Aucun objectif pour l&apos;instant : ajoutez un trimestre avec Modifier les objectifs…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>MRR of the deals won in the quarter</source>
        <translation>MRR des deals gagnés dans le trimestre</translation>
    </message>
    <message>
        <source>%1 (target %2–%3)</source>
        <translation>%1 (objectif %2–%3)</translation>
    </message>
    <message>
        <source>Deals won in the quarter</source>
        <translation>Deals gagnés dans le trimestre</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (objectif %2)</translation>
    </message>
    <message>
        <source>Mean MRR of the deals won in the quarter</source>
        <translation>MRR moyen des deals gagnés dans le trimestre</translation>
    </message>
    <message>
        <source>Won ÷ (won + lost) in the quarter</source>
        <translation>Gagnés ÷ (gagnés + perdus) dans le trimestre</translation>
    </message>
    <message>
        <source>%1 %2 &gt; %3 (now %4)</source>
        <translation>%1 %2 &gt; %3 (actuellement %4)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 — %3</translation>
    </message>
    <message>
        <source>time to hire</source>
        <translation>il est temps d&apos;embaucher</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>The playbook names no hiring trigger.</source>
        <translation>Le playbook ne définit aucun déclencheur d&apos;embauche.</translation>
    </message>
</context>
<context>
    <name>dealboard::OptionalDateEdit</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>dealboard::OutcomeDialog</name>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>How did “%1” go?</source>
        <translation>Comment s&apos;est passé «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>For example: left a voicemail, demo booked for Thursday</source>
        <translation>Par exemple&#xa0;: message vocal laissé, démo prévue jeudi</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Marquer comme faite</translation>
    </message>
</context>
<context>
    <name>dealboard::PeriodSelector</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Read the data as it stood at the end of this day: later moves, edits and new deals are left out. Today by default.</source>
        <translation>Lire les données telles qu&apos;elles étaient à la fin de ce jour : les déplacements, modifications et nouveaux deals ultérieurs sont ignorés. Aujourd&apos;hui par défaut.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to the data as it is now</source>
        <translation>Revenir aux données actuelles</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>dealboard::PlaybookParser</name>
    <message>
        <source>expected a non-empty string</source>
        <translation>attendu : une chaîne non vide</translation>
    </message>
    <message>
        <source>expected a text with an &quot;en&quot; entry</source>
        <translation>attendu : un texte avec une entrée &quot;en&quot;</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>attendu : un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>attendu : un nombre entier</translation>
    </message>
    <message>
        <source>expected a whole number of at least 0 or null</source>
        <translation>attendu : un nombre entier supérieur ou égal à 0, ou null</translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation>attendu : une liste non vide</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>attendu : un objet</translation>
    </message>
</context>
<context>
    <name>dealboard::PlaybooksPanel</name>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Search the playbooks (e.g. AWS, budget, demo)</source>
        <translation>Rechercher dans les playbooks (par ex. AWS, budget, démo)</translation>
    </message>
    <message>
        <source>Search the playbooks</source>
        <translation>Rechercher dans les playbooks</translation>
    </message>
    <message>
        <source>&amp;Inbound</source>
        <translation>&amp;Inbound</translation>
    </message>
    <message>
        <source>De&amp;mo</source>
        <translation>Dé&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Objections</source>
        <translation>&amp;Objections</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Deal: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Deal&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deal: &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Deal&#xa0;: &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>No deal selected: select one on the board or in the Deals list.</source>
        <translation>Aucun deal sélectionné&#xa0;: sélectionnez-en un sur le tableau ou dans la liste des deals.</translation>
    </message>
    <message>
        <source>%1  ◀ this deal&apos;s segment</source>
        <translation>%1  ◀ segment de ce deal</translation>
    </message>
</context>
<context>
    <name>dealboard::ProductCatalogDialog</name>
    <message>
        <source>Show &amp;inactive products</source>
        <translation>Afficher les produits &amp;inactifs</translation>
    </message>
    <message>
        <source>&amp;Add Product…</source>
        <translation>Ajouter un &amp;produit…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Product Catalogue</source>
        <translation>Catalogue de produits</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Inactive products stay on the quotes that use them; new quotes cannot use them.</source>
        <translation>Les produits inactifs restent sur les devis qui les utilisent&#xa0;; les nouveaux devis ne peuvent pas les utiliser.</translation>
    </message>
    <message>
        <source>Products are never deleted: a deactivated one stays on old quotes and is no longer offered on new ones.</source>
        <translation>Les produits ne sont jamais supprimés&#xa0;: un produit désactivé reste sur les anciens devis et n&apos;est plus proposé sur les nouveaux.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cannot read the catalogue: %1</source>
        <translation>Impossible de lire le catalogue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s), %1 inactive</source>
        <translation>
            <numerusform>%n produit (inactifs&#xa0;: %1)</numerusform>
            <numerusform>%n produits (inactifs&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active product(s)</source>
        <translation>
            <numerusform>%n produit actif</numerusform>
            <numerusform>%n produits actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
</context>
<context>
    <name>dealboard::ProductEditorDialog</name>
    <message>
        <source>New Product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Edit Product — %1</source>
        <translation>Modifier le produit — %1</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Ajouter le produit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>vps-m</source>
        <translation>vps-m</translation>
    </message>
    <message>
        <source>What quotes and the command line use to name the product: lower-case letters, digits and dashes.</source>
        <translation>Ce qu&apos;utilisent les devis et la ligne de commande pour désigner le produit&#xa0;: minuscules, chiffres et tirets.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Name (&amp;French):</source>
        <translation>Nom (&amp;français)&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the French name</source>
        <translation>Identique au nom français</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Nom (an&amp;glais)&#xa0;:</translation>
    </message>
    <message>
        <source>VM, To, mois…</source>
        <translation>VM, To, mois…</translation>
    </message>
    <message>
        <source>&amp;Unit (French):</source>
        <translation>&amp;Unité (français)&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the French unit</source>
        <translation>Identique à l&apos;unité française</translation>
    </message>
    <message>
        <source>U&amp;nit (English):</source>
        <translation>U&amp;nité (anglais)&#xa0;:</translation>
    </message>
    <message>
        <source>Before tax, per unit: per month for a monthly product.</source>
        <translation>Hors taxes, par unité&#xa0;: par mois pour un produit mensuel.</translation>
    </message>
    <message>
        <source>&amp;Price HT:</source>
        <translation>&amp;Prix HT&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>Factu&amp;ration&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>Taux de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>The key “%1” is already used by “%2”; choose another key.</source>
        <translation>La clé “%1” est déjà utilisée par “%2”&#xa0;; choisissez une autre clé.</translation>
    </message>
    <message>
        <source>The key “%1” is already used by the inactive product “%2”; reactivate it or choose another key.</source>
        <translation>La clé “%1” est déjà utilisée par le produit inactif “%2”&#xa0;; réactivez-le ou choisissez une autre clé.</translation>
    </message>
</context>
<context>
    <name>dealboard::ProductTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Inactive: kept on the quotes that use it, not offered on new quotes.</source>
        <translation>Inactif&#xa0;: conservé sur les devis qui l&apos;utilisent, non proposé sur les nouveaux devis.</translation>
    </message>
    <message>
        <source>Per %1, each month</source>
        <translation>Par %1, chaque mois</translation>
    </message>
    <message>
        <source>Per %1, once</source>
        <translation>Par %1, une fois</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Unit (fr / en)</source>
        <translation>Unité (fr / en)</translation>
    </message>
    <message>
        <source>Price HT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>dealboard::QualificationChecklist</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>Professional &amp;email:</source>
        <translation>&amp;Email professionnel :</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Entrepr&amp;ise :</translation>
    </message>
    <message>
        <source>Role / &amp;title:</source>
        <translation>Rôle / &amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;LinkedIn (optional):</source>
        <translation>&amp;LinkedIn (optionnel) :</translation>
    </message>
    <message>
        <source>https://linkedin.com/in/…</source>
        <translation>https://linkedin.com/in/…</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>How they found us:</source>
        <translation>Comment nous ont-ils trouvés ?</translation>
    </message>
    <message>
        <source>Current host and stack:</source>
        <translation>Setup actuel (hébergeur, stack) :</translation>
    </message>
    <message>
        <source>Infrastructure size:</source>
        <translation>Taille infra :</translation>
    </message>
    <message>
        <source>VPS, budgets, users</source>
        <translation>VPS, budgets, users</translation>
    </message>
    <message>
        <source>Tech team:</source>
        <translation>Équipe tech :</translation>
    </message>
    <message>
        <source>size, skills</source>
        <translation>taille, compétences</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Main problem:</source>
        <translation>Problème principal identifié :</translation>
    </message>
    <message>
        <source>Its impact:</source>
        <translation>Impact du problème :</translation>
    </message>
    <message>
        <source>€, time, risk</source>
        <translation>€, temps, risque</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Urgency (1–10):</source>
        <translation>Urgence (1–10) :</translation>
    </message>
    <message>
        <source>Use case:</source>
        <translation>Use case spécifique :</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Acheteur économique</translation>
    </message>
    <message>
        <source>Decision maker or influencer:</source>
        <translation>Décideur ou influenceur ?</translation>
    </message>
    <message>
        <source>Decision process:</source>
        <translation>Process de décision :</translation>
    </message>
    <message>
        <source>Other stakeholders:</source>
        <translation>Autres parties prenantes :</translation>
    </message>
    <message>
        <source>Decision timeline:</source>
        <translation>Timeline de décision :</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Current cloud budget:</source>
        <translation>Budget actuel cloud :</translation>
    </message>
    <message>
        <source>Available budget:</source>
        <translation>Budget disponible :</translation>
    </message>
    <message>
        <source>Who approves:</source>
        <translation>Qui valide le budget :</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Matches the ICP</source>
        <translation>Correspond à l&apos;ICP ?</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>Red flags ?</translation>
    </message>
    <message>
        <source>sector, values</source>
        <translation>secteur, valeurs</translation>
    </message>
    <message>
        <source>Upsell potential:</source>
        <translation>Potentiel upsell ?</translation>
    </message>
</context>
<context>
    <name>dealboard::QualificationDialog</name>
    <message>
        <source>Mark the deal Lost / No fit</source>
        <translation>Marquer le deal comme Perdu / Pas de fit</translation>
    </message>
    <message>
        <source>Qualify — %1</source>
        <translation>Qualifier — %1</translation>
    </message>
    <message>
        <source>BANT+ score</source>
        <translation>Score BANT+</translation>
    </message>
    <message>
        <source>Follow-ups to create</source>
        <translation>Relances à créer</translation>
    </message>
    <message>
        <source>The deal moves to Lost with the reason “%1”.</source>
        <translation>Le deal passe à l&apos;étape Perdu avec la raison “%1”.</translation>
    </message>
    <message>
        <source>Save Qualification</source>
        <translation>Enregistrer la qualification</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>qualification</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>No criterion answered yet.</source>
        <translation>Aucun critère renseigné pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 — %n criterion(s) not answered: a draft; the %2 gate needs all %3.</source>
        <translation>
            <numerusform>Total : %1 — %n critère sans réponse : brouillon ; les critères de passage (%2) exigent les %3 critères.</numerusform>
            <numerusform>Total : %1 — %n critères sans réponse : brouillon ; les critères de passage (%2) exigent les %3 critères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Band: %1</source>
        <translation>Niveau : %1</translation>
    </message>
</context>
<context>
    <name>dealboard::QuoteActions</name>
    <message>
        <source>Cannot make a quote</source>
        <translation>Impossible de créer le devis</translation>
    </message>
    <message>
        <source>Quote %1 saved as a draft.</source>
        <translation>Devis %1 enregistré comme brouillon.</translation>
    </message>
    <message>
        <source>Cannot open the quote</source>
        <translation>Impossible d&apos;ouvrir le devis</translation>
    </message>
    <message>
        <source>Cannot revise the quote</source>
        <translation>Impossible de réviser le devis</translation>
    </message>
    <message>
        <source>New Revision of %1</source>
        <translation>Nouvelle révision de %1</translation>
    </message>
    <message>
        <source>Cannot send the quote</source>
        <translation>Impossible d&apos;envoyer le devis</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Envoyer %1</translation>
    </message>
    <message>
        <source>Mark %1 as sent to the buyer? Its deal moves to Proposal, and from now on the quote changes only through a new revision.</source>
        <translation>Marquer %1 comme envoyé à l&apos;acheteur&#xa0;? Son deal passe en Proposition et, désormais, le devis ne change plus que par une nouvelle révision.</translation>
    </message>
    <message>
        <source>A gate on the way to Proposal is still unmet.</source>
        <translation>Un critère de passage vers Proposition n&apos;est toujours pas rempli.</translation>
    </message>
    <message>
        <source>%1 sent; the deal moved to Proposal.</source>
        <translation>%1 envoyé&#xa0;; le deal est passé en Proposition.</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>%1 envoyé.</translation>
    </message>
    <message>
        <source>Cannot sign the quote</source>
        <translation>Impossible de signer le devis</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>%1 is signed. Move “%2” to %3 now?</source>
        <translation>%1 est signé. Passer “%2” en %3 maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot decline the quote</source>
        <translation>Impossible de refuser le devis</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <source>The buyer declined %1. Why (for the history)?</source>
        <translation>L&apos;acheteur a refusé %1. Pourquoi (pour l&apos;historique)&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot export the quote</source>
        <translation>Impossible d&apos;exporter le devis</translation>
    </message>
    <message>
        <source>Export Quote as PDF</source>
        <translation>Exporter le devis en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 written to %2 (SHA-256 %3…).</source>
        <translation>%1 écrit dans %2 (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>Cannot print the quote</source>
        <translation>Impossible d&apos;imprimer le devis</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2 (quote %3 sent)</source>
        <translation>Déplacer “%1” vers %2 (devis %3 envoyé)</translation>
    </message>
    <message>
        <source>Say why the buyer declined %1; it goes in the history.</source>
        <translation>Indiquez pourquoi l&apos;acheteur a refusé %1&#xa0;; la raison figurera dans l&apos;historique.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>dealboard::QuoteDiscountsEditor</name>
    <message>
        <source>Add Discount</source>
        <translation>Ajouter une remise</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Founder discount</source>
        <translation>Remise fondateur</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Exceptional</source>
        <translation>Exceptionnelle</translation>
    </message>
    <message>
        <source>Founder discounts</source>
        <translation>Remises fondateur</translation>
    </message>
    <message>
        <source>Why this discount (required above 10 %)</source>
        <translation>Motif de cette remise (obligatoire au-delà de 10&#xa0;%)</translation>
    </message>
    <message>
        <source>Founder&apos;s name</source>
        <translation>Nom du fondateur</translation>
    </message>
    <message>
        <source>not validated</source>
        <translation>non validée</translation>
    </message>
    <message>
        <source>The validation email (subject or date)</source>
        <translation>L&apos;email de validation (objet ou date)</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (up to %2 in total)</source>
        <translation>%1 (jusqu&apos;à %2 au total)</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>Rate of %1</source>
        <translation>Taux de %1</translation>
    </message>
    <message>
        <source>Allows a total above the playbook&apos;s cap, with a written justification</source>
        <translation>Autorise un total au-delà du plafond du playbook, avec une justification écrite</translation>
    </message>
    <message>
        <source>Fou&amp;nder validation:</source>
        <translation>Validation du &amp;fondateur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dealboard::QuoteEditorDialog</name>
    <message>
        <source>The buyer came through a &amp;referral</source>
        <translation>L&apos;acheteur vient d&apos;une &amp;recommandation</translation>
    </message>
    <message>
        <source>New Quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>Quote %1 (%2)</source>
        <translation>Devis %1 (%2)</translation>
    </message>
    <message>
        <source>Edit Quote %1</source>
        <translation>Modifier le devis %1</translation>
    </message>
    <message>
        <source>Type a company or a deal</source>
        <translation>Saisissez une entreprise ou un deal</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>The buyer&apos;s language: the quote and its PDF are written in it</source>
        <translation>La langue de l&apos;acheteur&#xa0;: le devis et son PDF sont rédigés dans cette langue</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Deal&#xa0;:</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Acheteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Validité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>Lignes du devis</translation>
    </message>
    <message>
        <source>Catalogue product</source>
        <translation>Produit du catalogue</translation>
    </message>
    <message>
        <source>%1 — %2 / %3</source>
        <translation>%1 — %2 / %3</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add &amp;Free Line</source>
        <translation>Ajouter une ligne li&amp;bre</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>discount negotiated</source>
        <translation>remise négociée</translation>
    </message>
    <message>
        <source>no discount</source>
        <translation>aucune remise</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>remise %1</translation>
    </message>
    <message>
        <source>discount %1 to %2</source>
        <translation>remise de %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>%1 à %2 mois</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) or more</source>
        <translation>
            <numerusform>%n mois ou plus</numerusform>
            <numerusform>%n mois ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Term %1 · payment %2 · %3 (playbook §7.1)</source>
        <translation>Durée %1 · paiement %2 · %3 (playbook §7.1)</translation>
    </message>
    <message>
        <source>Choose the deal this quote prices.</source>
        <translation>Choisissez le deal que chiffre ce devis.</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(aucune entreprise)</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>This quote is %1: it no longer changes. Make a new revision to change it.</source>
        <translation>Ce devis est %1&#xa0;: il ne change plus. Créez une nouvelle révision pour le modifier.</translation>
    </message>
    <message>
        <source>Add a line from the catalogue or a free line.</source>
        <translation>Ajoutez une ligne du catalogue ou une ligne libre.</translation>
    </message>
    <message>
        <source>Can be saved as a draft; before sending, document it: %1</source>
        <translation>Peut être enregistré comme brouillon&#xa0;; avant l&apos;envoi, documentez-le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re&amp;move Line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
</context>
<context>
    <name>dealboard::QuoteLinesModel</name>
    <message>
        <source>overflow</source>
        <translation>dépassement</translation>
    </message>
    <message>
        <source>Charged every month (counts in the MRR)</source>
        <translation>Facturé chaque mois (compte dans le MRR)</translation>
    </message>
    <message>
        <source>Charged once (setup, onboarding): never discounted</source>
        <translation>Facturé une seule fois (mise en service, onboarding)&#xa0;: jamais remisé</translation>
    </message>
    <message>
        <source>Free line (not from the catalogue)</source>
        <translation>Ligne libre (hors catalogue)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price HT</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Amount HT</source>
        <translation>Montant HT</translation>
    </message>
</context>
<context>
    <name>dealboard::QuoteSummaryPanel</name>
    <message>
        <source>Discount rules</source>
        <translation>Règles de remise</translation>
    </message>
    <message>
        <source>Discount policy</source>
        <translation>Politique de remise</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Playbook %1 · %2</source>
        <translation>Playbook %1 · %2</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Required before sending</source>
        <translation>Requis avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>No discount applies to this quote.</source>
        <translation>Aucune remise ne s&apos;applique à ce devis.</translation>
    </message>
    <message>
        <source>Monthly HT</source>
        <translation>Mensuel HT</translation>
    </message>
    <message numerus="yes">
        <source>%1 −%2 (first %n months)</source>
        <translation>
            <numerusform>%1 −%2 (premier mois)</numerusform>
            <numerusform>%1 −%2 (%n premiers mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 −%2</source>
        <translation>%1 −%2</translation>
    </message>
    <message>
        <source>Monthly after discounts HT</source>
        <translation>Mensuel après remises HT</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>TVA %1</translation>
    </message>
    <message>
        <source>Monthly TTC</source>
        <translation>Mensuel TTC</translation>
    </message>
    <message numerus="yes">
        <source>First %n months HT (TTC)</source>
        <translation>
            <numerusform>Premier mois HT (TTC)</numerusform>
            <numerusform>%n premiers mois HT (TTC)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>One-time HT (TTC)</source>
        <translation>Ponctuel HT (TTC)</translation>
    </message>
    <message>
        <source>First-year value HT</source>
        <translation>Valeur première année HT</translation>
    </message>
</context>
<context>
    <name>dealboard::QuoteTableModel</name>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Monthly HT</source>
        <translation>Mensuel HT</translation>
    </message>
    <message>
        <source>First year HT</source>
        <translation>Première année HT</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
</context>
<context>
    <name>dealboard::QuotesPage</name>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search quotes (number, company, deal)</source>
        <translation>Rechercher des devis (numéro, entreprise, deal)</translation>
    </message>
    <message>
        <source>&amp;New Quote…</source>
        <translation>&amp;Nouveau devis…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Mark as &amp;Sent</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
    <message>
        <source>Record Si&amp;gnature…</source>
        <translation>Enregistrer la si&amp;gnature…</translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation>Re&amp;fusé…</translation>
    </message>
    <message>
        <source>New &amp;Revision…</source>
        <translation>Nouvelle &amp;révision…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Product &amp;Catalogue…</source>
        <translation>&amp;Catalogue de produits…</translation>
    </message>
    <message>
        <source>Cannot update the quotes</source>
        <translation>Impossible de mettre à jour les devis</translation>
    </message>
    <message>
        <source>Cannot read the quotes</source>
        <translation>Impossible de lire les devis</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n devis</numerusform>
            <numerusform>%n devis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quote(s)</source>
        <translation>
            <numerusform>%1 sur %n devis</numerusform>
            <numerusform>%1 sur %n devis</numerusform>
        </translation>
    </message>
    <message>
        <source>No quotes yet — choose New Quote… here, or select a deal on the board and choose Deal ▸ New Quote… (Ctrl+Alt+Q).</source>
        <translation>Aucun devis pour l&apos;instant — choisissez Nouveau devis… ici, ou sélectionnez un deal sur le tableau et choisissez Deal ▸ Nouveau devis… (Ctrl+Alt+Q).</translation>
    </message>
    <message>
        <source>No quote matches these filters.</source>
        <translation>Aucun devis ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Voir…</translation>
    </message>
</context>
<context>
    <name>dealboard::RecordListPage</name>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No database is open. Open or create one from the File menu.</source>
        <translation>Aucune base de données n&apos;est ouverte. Ouvrez-en une ou créez-en une depuis le menu Fichier.</translation>
    </message>
</context>
<context>
    <name>dealboard::RelatedDealsList</name>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Aucun deal pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>dealboard::ReminderNotifier</name>
    <message>
        <source>Due at %1: %2</source>
        <translation>Échéance à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dealboard</source>
        <translation>Dealboard</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Relance à faire</translation>
    </message>
</context>
<context>
    <name>dealboard::RescheduleDialog</name>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Heure d&apos;échéance</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dealboard::SellerDetailsForm</name>
    <message>
        <source>&amp;Remove Logo</source>
        <translation>Retirer le &amp;logo</translation>
    </message>
    <message>
        <source>The company&apos;s legal name</source>
        <translation>La raison sociale de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Street
Postcode and city
Country</source>
        <translation>Rue
Code postal et ville
Pays</translation>
    </message>
    <message>
        <source>14 digits, e.g. 732 829 320 00074</source>
        <translation>14 chiffres, par ex. 732 829 320 00074</translation>
    </message>
    <message>
        <source>e.g. FR44732829320</source>
        <translation>par ex. FR44732829320</translation>
    </message>
    <message>
        <source>e.g. FR76 3000 6000 0112 3456 7890 189</source>
        <translation>par ex. FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <source>https://example.com/terms</source>
        <translation>https://example.com/cgv</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>C&amp;hoose Logo…</source>
        <translation>C&amp;hoisir un logo…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of 1 MB at most, shown at the top of quotes</source>
        <translation>Une image PNG ou JPEG de 1 Mo au plus, affichée en haut des devis</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Terms of sale (URL):</source>
        <translation>&amp;Conditions de vente (URL)&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation>Image illisible</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 pixels, %3</translation>
    </message>
    <message>
        <source>Choose the Logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot use this logo</source>
        <translation>Impossible d&apos;utiliser ce logo</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than the 1 MB a logo may take. Save it smaller (a PNG a few hundred pixels wide is plenty), then choose it again.</source>
        <translation>“%1” fait %2, plus que le 1 Mo autorisé pour un logo. Enregistrez-le en plus petit (un PNG de quelques centaines de pixels de large suffit largement), puis choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire “%1”&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an image Dealboard can read. Choose a PNG or JPEG file.</source>
        <translation>“%1” n&apos;est pas une image que Dealboard sait lire. Choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Logo: not an image Dealboard can read; choose a PNG or JPEG file.</source>
        <translation>Logo&#xa0;: pas une image que Dealboard sait lire&#xa0;; choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>SIR&amp;ET:</source>
        <translation>&amp;SIRET&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dealboard::SettingsPage</name>
    <message>
        <source>&lt;b&gt;Stages&lt;/b&gt; — a deal that stays in a stage longer than its limit is marked as rotting on the board (0: never).</source>
        <translation>&lt;b&gt;Étapes&lt;/b&gt; — un deal qui reste dans une étape plus longtemps que sa limite est signalé sur le tableau comme un deal qui stagne (0 : jamais).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Rotting after (days)</source>
        <translation>Stagne après (jours)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Rotting limit of %1, in days</source>
        <translation>Limite de stagnation de l&apos;étape %1, en jours</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Impossible d&apos;enregistrer les réglages</translation>
    </message>
    <message>
        <source>Change the rotting limits</source>
        <translation>Modifier les limites de stagnation</translation>
    </message>
    <message>
        <source>Seller (on quotes)</source>
        <translation>Vendeur (sur les devis)</translation>
    </message>
    <message>
        <source>Who issues the quotes: the letterhead and the footer of every quote show these details. They are kept in the database, so the command line issues the same quotes.</source>
        <translation>Qui émet les devis&#xa0;: l&apos;en-tête et le pied de page de chaque devis affichent ces coordonnées. Elles sont conservées dans la base de données, pour que la ligne de commande émette les mêmes devis.</translation>
    </message>
    <message>
        <source>Cannot read the seller&apos;s details: %1</source>
        <translation>Impossible de lire les coordonnées du vendeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change the seller&apos;s details</source>
        <translation>Modifier les coordonnées du vendeur</translation>
    </message>
    <message>
        <source>Cannot save the seller&apos;s details</source>
        <translation>Impossible d&apos;enregistrer les coordonnées du vendeur</translation>
    </message>
</context>
<context>
    <name>dealboard::SignQuoteDialog</name>
    <message>
        <source>Sign %1</source>
        <translation>Signer %1</translation>
    </message>
    <message>
        <source>Record how the buyer accepted quote %1. Once signed, the quote cannot change any more.</source>
        <translation>Indiquez comment l&apos;acheteur a accepté le devis %1. Une fois signé, le devis ne peut plus changer.</translation>
    </message>
    <message>
        <source>The buyer&apos;s name</source>
        <translation>Le nom de l&apos;acheteur</translation>
    </message>
    <message>
        <source>The buyer replied “OK” to the email that sent the quote</source>
        <translation>L&apos;acheteur a répondu «&#xa0;OK&#xa0;» à l&apos;email qui a envoyé le devis</translation>
    </message>
    <message>
        <source>&amp;Import Image…</source>
        <translation>&amp;Importer une image…</translation>
    </message>
    <message>
        <source>Use a scanned or photographed signature (PNG or JPEG, 1 MB at most)</source>
        <translation>Utiliser une signature scannée ou photographiée (PNG ou JPEG, 1 Mo au plus)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Erase the handwritten signature</source>
        <translation>Effacer la signature manuscrite</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Signé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Handwritten signature (optional):</source>
        <translation>Signature manus&amp;crite (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record Signature</source>
        <translation>Enregist&amp;rer la signature</translation>
    </message>
    <message>
        <source>&amp;Email (subject or date):</source>
        <translation>Email (o&amp;bjet ou date)&#xa0;:</translation>
    </message>
    <message>
        <source>“Re: Quote DEV-…” of 24 Nov</source>
        <translation>«&#xa0;Re: Devis DEV-…&#xa0;» du 24 nov.</translation>
    </message>
    <message>
        <source>&amp;Envelope id:</source>
        <translation>Id de l&apos;en&amp;veloppe&#xa0;:</translation>
    </message>
    <message>
        <source>The e-signature service&apos;s reference</source>
        <translation>La référence du service de signature électronique</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Where, who was there…</source>
        <translation>Où, qui était présent…</translation>
    </message>
    <message>
        <source>Import a Signature</source>
        <translation>Importer une signature</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import the signature</source>
        <translation>Impossible d&apos;importer la signature</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than the 1 MB a signature may take. Crop it or save it smaller (a PNG of the signature alone), then import it again.</source>
        <translation>“%1” fait %2, plus que le 1 Mo autorisé pour une signature. Recadrez-la ou enregistrez-la en plus petit (un PNG de la signature seule), puis importez-la à nouveau.</translation>
    </message>
    <message>
        <source>“%1” is not an image Dealboard can read (%2). Choose a PNG or JPEG picture of the signature.</source>
        <translation>“%1” n&apos;est pas une image que Dealboard sait lire (%2). Choisissez une image PNG ou JPEG de la signature.</translation>
    </message>
    <message>
        <source>Enter the name of who signed.</source>
        <translation>Indiquez le nom du signataire.</translation>
    </message>
    <message>
        <source>The signature cannot be in the future.</source>
        <translation>La signature ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The quote was sent on %1: it cannot have been signed before.</source>
        <translation>Le devis a été envoyé le %1&#xa0;: il ne peut pas avoir été signé avant.</translation>
    </message>
    <message>
        <source>Enter the email that says OK: its subject or date.</source>
        <translation>Indiquez l&apos;email qui dit OK&#xa0;: son objet ou sa date.</translation>
    </message>
    <message>
        <source>Enter the e-signature&apos;s envelope id.</source>
        <translation>Indiquez l&apos;id de l&apos;enveloppe de signature électronique.</translation>
    </message>
</context>
<context>
    <name>dealboard::SignaturePad</name>
    <message>
        <source>Handwritten signature</source>
        <translation>Signature manuscrite</translation>
    </message>
    <message>
        <source>Draw the signature with the mouse, a pen or a finger. Delete clears it; Ctrl+Z takes back the last stroke.</source>
        <translation>Dessinez la signature à la souris, au stylet ou au doigt. Suppr l&apos;efface&#xa0;; Ctrl+Z annule le dernier trait.</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger</source>
        <translation>Signez à la souris, au stylet ou au doigt</translation>
    </message>
    <message>
        <source>✕ Sign here</source>
        <translation>✕ Signez ici</translation>
    </message>
</context>
<context>
    <name>dealboard::SmtpSettingsForm</name>
    <message>
        <source>&amp;Save Email Settings</source>
        <translation>&amp;Enregistrer les réglages email</translation>
    </message>
    <message>
        <source>Send a &amp;Test Email</source>
        <translation>Envoyer un email de &amp;test</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Aucune (relais local uniquement)</translation>
    </message>
    <message>
        <source>none: no authentication</source>
        <translation>aucun&#xa0;: pas d&apos;authentification</translation>
    </message>
    <message>
        <source>https://cal.example.com/you</source>
        <translation>https://cal.example.com/you</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Serveur SMTP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nom de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Sender &amp;email:</source>
        <translation>Email de l&apos;e&amp;xpéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Booking link:</source>
        <translation>&amp;Lien de réservation&#xa0;:</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>trousseau indisponible</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <source>type a new one to replace it</source>
        <translation>saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>Enter the SMTP server&apos;s host name.</source>
        <translation>Indiquez le nom d&apos;hôte du serveur SMTP.</translation>
    </message>
    <message>
        <source>Not a host name.</source>
        <translation>Ce n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>A password is never sent unencrypted: choose STARTTLS or TLS.</source>
        <translation>Un mot de passe n&apos;est jamais envoyé en clair&#xa0;: choisissez STARTTLS ou TLS.</translation>
    </message>
    <message>
        <source>A password needs a user name.</source>
        <translation>Un mot de passe exige un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter the address emails come from.</source>
        <translation>Indiquez l&apos;adresse d&apos;où partent les emails.</translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation>Ce n&apos;est pas une adresse email valide.</translation>
    </message>
    <message>
        <source>Not an http(s) address.</source>
        <translation>Ce n&apos;est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>Réglages email</translation>
    </message>
    <message>
        <source>Type the password first: none is saved for %1.</source>
        <translation>Saisissez d&apos;abord le mot de passe&#xa0;: aucun n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>Dealboard test email</source>
        <translation>Email de test Dealboard</translation>
    </message>
    <message>
        <source>This test email shows that Dealboard can send through %1.</source>
        <translation>Cet email de test montre que Dealboard peut envoyer des emails via %1.</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Envoi d&apos;un email de test à %1…</translation>
    </message>
    <message>
        <source>The test email was sent to %1.</source>
        <translation>L&apos;email de test a été envoyé à %1.</translation>
    </message>
    <message>
        <source>The test email was not sent: %1</source>
        <translation>L&apos;email de test n&apos;a pas été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the SMTP settings</source>
        <translation>Impossible d&apos;enregistrer les réglages SMTP</translation>
    </message>
</context>
<context>
    <name>dealboard::StackedBarChart</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2 : %3</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
</context>
<context>
    <name>dealboard::Startup</name>
    <message>
        <source>Dealboard: an offline pipeline manager for founder-led sales.</source>
        <translation>Dealboard : un gestionnaire de pipeline hors ligne pour les ventes menées par le fondateur.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Ouvrir ce fichier de base de données.</translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation>Langue : fr ou en.</translation>
    </message>
    <message>
        <source>Dealboard cannot open the database</source>
        <translation>Dealboard ne peut pas ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>dealboard::TimeSplitBars</name>
    <message>
        <source>%1: %2 h %3 min, %4 % (target %5 %)</source>
        <translation>%1&#xa0;: %2 h %3 min, %4&#xa0;% (objectif %5&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 h %2 · %3 % (target %4 %)</source>
        <translation>%1 h %2 · %3&#xa0;% (objectif %4&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>dealboard::TodayModel</name>
    <message>
        <source>New leads to answer</source>
        <translation>Nouveaux leads à traiter</translation>
    </message>
    <message>
        <source>Replies to send</source>
        <translation>Réponses à envoyer</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation>Relances du jour et en retard</translation>
    </message>
    <message>
        <source>Today&apos;s demos</source>
        <translation>Démos du jour</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>En retard · %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>☐ %1</source>
        <translation>☐ %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Deal · company · contact</source>
        <translation>Deal · entreprise · contact</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>dealboard::TodayPage</name>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Faite</translation>
    </message>
    <message>
        <source>Done &amp;with Outcome…</source>
        <translation>Faite, &amp;avec résultat…</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>Pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow 09:00</source>
        <translation>Jusqu&apos;à &amp;demain 09:00</translation>
    </message>
    <message>
        <source>Until Next &amp;Monday 09:00</source>
        <translation>Jusqu&apos;à lundi &amp;prochain 09:00</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>Re&amp;planifier…</translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>&amp;Ouvrir le deal</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Put the follow-up off: for an hour, until tomorrow morning or until next Monday</source>
        <translation>Reporter la relance&#xa0;: d&apos;une heure, à demain matin ou à lundi prochain</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Nothing due today. New inbound leads, replies to send, follow-ups and demos show here when they fall due; plan the next step of each open deal from the board so that it comes back here in time.</source>
        <translation>Rien à faire aujourd&apos;hui. Les nouveaux leads inbound, les réponses à envoyer, les relances et les démos s&apos;affichent ici à leur échéance&#xa0;; planifiez la prochaine étape de chaque deal ouvert depuis le tableau pour qu&apos;elle revienne ici à temps.</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1 — %Ln item(s) due</source>
        <translation>
            <numerusform>Aujourd&apos;hui, %1 — %Ln élément à faire</numerusform>
            <numerusform>Aujourd&apos;hui, %1 — %Ln éléments à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Calendar…</source>
        <translation>Exporter vers l&apos;agenda…</translation>
    </message>
    <message>
        <source>Write the open follow-ups to an iCalendar (.ics) file; importing it again updates the same events</source>
        <translation>Écrire les relances ouvertes dans un fichier iCalendar (.ics)&#xa0;; l&apos;importer à nouveau met à jour les mêmes événements</translation>
    </message>
    <message>
        <source>Export the Follow-ups to a Calendar</source>
        <translation>Exporter les relances vers un agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>Exporter vers l&apos;agenda</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) written to %1. Import the file in your calendar; importing it again later updates the same events.</source>
        <translation>
            <numerusform>%n relance écrite dans %1. Importez le fichier dans votre agenda&#xa0;; l&apos;importer à nouveau plus tard met à jour les mêmes événements.</numerusform>
            <numerusform>%n relances écrites dans %1. Importez le fichier dans votre agenda&#xa0;; l&apos;importer à nouveau plus tard met à jour les mêmes événements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealboard::Undo</name>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>A stage gate no longer holds.</source>
        <translation>Un critère de passage n&apos;est plus rempli.</translation>
    </message>
    <message>
        <source>Reorder “%1”</source>
        <translation>Réordonner “%1”</translation>
    </message>
    <message>
        <source>Cannot save the playbook</source>
        <translation>Impossible d&apos;enregistrer le playbook</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier “%1”</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>Nouveau deal “%1”</translation>
    </message>
    <message>
        <source>Cannot save the deal</source>
        <translation>Impossible d&apos;enregistrer le deal</translation>
    </message>
    <message>
        <source>Qualify “%1”</source>
        <translation>Qualifier “%1”</translation>
    </message>
    <message>
        <source>Cannot save the qualification</source>
        <translation>Impossible d&apos;enregistrer la qualification</translation>
    </message>
    <message>
        <source>Delete company “%1”</source>
        <translation>Supprimer l&apos;entreprise “%1”</translation>
    </message>
    <message>
        <source>Cannot delete the company</source>
        <translation>Impossible de supprimer l&apos;entreprise</translation>
    </message>
    <message>
        <source>Delete contact “%1”</source>
        <translation>Supprimer le contact “%1”</translation>
    </message>
    <message>
        <source>Cannot delete the contact</source>
        <translation>Impossible de supprimer le contact</translation>
    </message>
    <message>
        <source>Cannot merge the companies</source>
        <translation>Impossible de fusionner les entreprises</translation>
    </message>
    <message>
        <source>Edit company “%1”</source>
        <translation>Modifier l&apos;entreprise “%1”</translation>
    </message>
    <message>
        <source>New company “%1”</source>
        <translation>Nouvelle entreprise “%1”</translation>
    </message>
    <message>
        <source>Cannot save the company</source>
        <translation>Impossible d&apos;enregistrer l&apos;entreprise</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Modifier le contact “%1”</translation>
    </message>
    <message>
        <source>New contact “%1”</source>
        <translation>Nouveau contact “%1”</translation>
    </message>
    <message>
        <source>Cannot save the contact</source>
        <translation>Impossible d&apos;enregistrer le contact</translation>
    </message>
    <message>
        <source>Cannot merge the contacts</source>
        <translation>Impossible de fusionner les contacts</translation>
    </message>
    <message>
        <source>Enter the figures of %1</source>
        <translation>Saisir les chiffres de %1</translation>
    </message>
    <message>
        <source>Cannot save the monthly figures</source>
        <translation>Impossible d&apos;enregistrer les chiffres mensuels</translation>
    </message>
    <message>
        <source>Edit quote %1</source>
        <translation>Modifier le devis %1</translation>
    </message>
    <message>
        <source>New revision of quote %1</source>
        <translation>Nouvelle révision du devis %1</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>Cannot save the quote</source>
        <translation>Impossible d&apos;enregistrer le devis</translation>
    </message>
    <message>
        <source>New revision %1</source>
        <translation>Nouvelle révision %1</translation>
    </message>
    <message>
        <source>New quote %1</source>
        <translation>Nouveau devis %1</translation>
    </message>
    <message>
        <source>Cannot save the product</source>
        <translation>Impossible d&apos;enregistrer le produit</translation>
    </message>
    <message>
        <source>Done “%1”</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme faite</translation>
    </message>
    <message>
        <source>Cannot complete the follow-up</source>
        <translation>Impossible de marquer la relance comme faite</translation>
    </message>
    <message>
        <source>Cannot log the email</source>
        <translation>Impossible d&apos;enregistrer l&apos;email</translation>
    </message>
    <message>
        <source>Edit Objection “%1”</source>
        <translation>Modifier l&apos;objection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add Objection “%1”</source>
        <translation>Ajouter l&apos;objection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Hide Objection “%1”</source>
        <translation>Masquer l&apos;objection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reset Objection “%1”</source>
        <translation>Réinitialiser l&apos;objection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot change the objection</source>
        <translation>Impossible de modifier l&apos;objection</translation>
    </message>
    <message>
        <source>Cannot change the objections met</source>
        <translation>Impossible de modifier les objections rencontrées</translation>
    </message>
    <message>
        <source>Cannot move the follow-up</source>
        <translation>Impossible de déplacer la relance</translation>
    </message>
    <message>
        <source>Cannot save the win/loss review</source>
        <translation>Impossible d&apos;enregistrer l&apos;analyse win/loss</translation>
    </message>
    <message>
        <source>Snooze “%1” for 1 hour</source>
        <translation>Reporter «&#xa0;%1&#xa0;» d&apos;une heure</translation>
    </message>
    <message>
        <source>Snooze “%1” until tomorrow</source>
        <translation>Reporter «&#xa0;%1&#xa0;» à demain</translation>
    </message>
    <message>
        <source>Snooze “%1” until Monday</source>
        <translation>Reporter «&#xa0;%1&#xa0;» à lundi</translation>
    </message>
    <message>
        <source>Reschedule “%1”</source>
        <translation>Replanifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>dealboard::WeeklyReviewPage</name>
    <message>
        <source>None this week.</source>
        <translation>Rien cette semaine.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Cette semaine</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Semaine &amp;suivante ▶</translation>
    </message>
    <message>
        <source>Monthly review: Funnel &amp;amp; KPIs</source>
        <translation>Revue mensuelle&#xa0;: Funnel &amp;amp; KPI</translation>
    </message>
    <message>
        <source>Quarterly review: Forecast and objectives</source>
        <translation>Revue trimestrielle&#xa0;: prévisions et objectifs</translation>
    </message>
    <message>
        <source>Deals at risk</source>
        <translation>Deals à risque</translation>
    </message>
    <message>
        <source>Double-click a deal to open it</source>
        <translation>Double-cliquez sur un deal pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <source>Objections met</source>
        <translation>Objections rencontrées</translation>
    </message>
    <message>
        <source>Time split</source>
        <translation>Répartition du temps</translation>
    </message>
    <message>
        <source>Priorities for the week</source>
        <translation>Priorités de la semaine</translation>
    </message>
    <message>
        <source>The three things that matter most this week…</source>
        <translation>Les trois choses les plus importantes cette semaine…</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Semaine %1 · %2 – %3</translation>
    </message>
    <message>
        <source>Deals at risk now (%1)</source>
        <translation>Deals à risque actuellement (%1)</translation>
    </message>
    <message>
        <source>Won this week (%1 · %2 MRR)</source>
        <translation>Gagnés cette semaine (%1 · %2 de MRR)</translation>
    </message>
    <message>
        <source>Lost this week (%1 · %2 MRR)</source>
        <translation>Perdus cette semaine (%1 · %2 de MRR)</translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s), %1 MRR</source>
        <translation>
            <numerusform>%n nouveau deal, %1 de MRR</numerusform>
            <numerusform>%n nouveaux deals, %1 de MRR</numerusform>
        </translation>
    </message>
    <message>
        <source>Time split (%1 h %2 logged, against the playbook&apos;s target)</source>
        <translation>Répartition du temps (%1 h %2 enregistrées, par rapport à l&apos;objectif du playbook)</translation>
    </message>
    <message>
        <source>Cannot save the week&apos;s priorities</source>
        <translation>Impossible d&apos;enregistrer les priorités de la semaine</translation>
    </message>
    <message>
        <source>Edit the week&apos;s priorities</source>
        <translation>Modifier les priorités de la semaine</translation>
    </message>
</context>
<context>
    <name>dealboard::WinLossDialog</name>
    <message>
        <source>What worked, to do again</source>
        <translation>Ce qui a marché, à refaire</translation>
    </message>
    <message>
        <source>What not to do again</source>
        <translation>Ce qu&apos;il ne faut pas refaire</translation>
    </message>
    <message>
        <source>Recontact the client on</source>
        <translation>Recontacter le client le</translation>
    </message>
    <message>
        <source>Win/loss review</source>
        <translation>Analyse win/loss</translation>
    </message>
    <message>
        <source>Mark as Won</source>
        <translation>Marquer comme gagné</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>Marquer comme perdu</translation>
    </message>
    <message>
        <source>The win/loss review of %1.</source>
        <translation>L&apos;analyse win/loss de %1.</translation>
    </message>
    <message>
        <source>%1 is won. Why?</source>
        <translation>%1 est gagné. Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Why was %1 lost?</source>
        <translation>Pourquoi %1 a-t-il été perdu&#xa0;?</translation>
    </message>
    <message>
        <source>Outcome: Won</source>
        <translation>Résultat&#xa0;: Gagné</translation>
    </message>
    <message>
        <source>Outcome: Lost</source>
        <translation>Résultat&#xa0;: Perdu</translation>
    </message>
    <message>
        <source>Main reason (optional)</source>
        <translation>Raison principale (facultative)</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Raison principale</translation>
    </message>
    <message>
        <source>What tipped the decision</source>
        <translation>Ce qui a fait pencher la décision</translation>
    </message>
    <message>
        <source>The competitor&apos;s name, if any</source>
        <translation>Le nom du concurrent, s&apos;il y en a un</translation>
    </message>
    <message>
        <source>A competitor, or the status quo</source>
        <translation>Un concurrent, ou le statu quo</translation>
    </message>
    <message>
        <source>A feature request, a gap</source>
        <translation>Une demande de fonctionnalité, un manque</translation>
    </message>
    <message>
        <source>What to change in how we sell</source>
        <translation>Ce qu&apos;il faut changer dans notre façon de vendre</translation>
    </message>
    <message>
        <source>Decisive factor:</source>
        <translation>Facteur décisif&#xa0;:</translation>
    </message>
    <message>
        <source>Competitor beaten:</source>
        <translation>Concurrent battu&#xa0;:</translation>
    </message>
    <message>
        <source>Lost to:</source>
        <translation>Perdu face à&#xa0;:</translation>
    </message>
    <message>
        <source>To repeat:</source>
        <translation>À reproduire&#xa0;:</translation>
    </message>
    <message>
        <source>To avoid:</source>
        <translation>À éviter&#xa0;:</translation>
    </message>
    <message>
        <source>An action that could have won it</source>
        <translation>Une action qui aurait pu le faire gagner</translation>
    </message>
    <message>
        <source>Could have done:</source>
        <translation>Ce qu&apos;on aurait pu faire&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Relance&#xa0;:</translation>
    </message>
    <message>
        <source>Product feedback:</source>
        <translation>Feedback produit&#xa0;:</translation>
    </message>
    <message>
        <source>Process improvement:</source>
        <translation>Amélioration du process&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Mark as &amp;Won</source>
        <translation>Marquer comme &amp;gagné</translation>
    </message>
    <message>
        <source>Mark as &amp;Lost</source>
        <translation>Marquer comme &amp;perdu</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Choisissez une raison.</translation>
    </message>
    <message>
        <source>Name the competitor.</source>
        <translation>Indiquez le concurrent.</translation>
    </message>
</context>
<context>
    <name>dealboard::WinLossView</name>
    <message>
        <source>Lost, by reason</source>
        <translation>Perdus, par raison</translation>
    </message>
    <message>
        <source>The deals lost in the period, by the reason given when they were marked lost.</source>
        <translation>Les deals perdus sur la période, par raison indiquée lors du passage à Perdu.</translation>
    </message>
    <message>
        <source>No deal was lost in this period.</source>
        <translation>Aucun deal perdu sur cette période.</translation>
    </message>
    <message>
        <source>Lost to a competitor</source>
        <translation>Perdus face à un concurrent</translation>
    </message>
    <message>
        <source>The competitors named on the deals lost in the period.</source>
        <translation>Les concurrents indiqués sur les deals perdus sur la période.</translation>
    </message>
    <message>
        <source>No deal was lost to a competitor in this period.</source>
        <translation>Aucun deal perdu face à un concurrent sur cette période.</translation>
    </message>
    <message>
        <source>Won, by main reason</source>
        <translation>Gagnés, par raison principale</translation>
    </message>
    <message>
        <source>The deals won in the period, by the main reason given on the way to Won.</source>
        <translation>Les deals gagnés sur la période, par raison principale indiquée lors du passage à Gagné.</translation>
    </message>
    <message>
        <source>No deal was won in this period.</source>
        <translation>Aucun deal gagné sur cette période.</translation>
    </message>
    <message>
        <source>Won: %1 (%2 MRR) · Lost: %3 (%4 MRR)</source>
        <translation>Gagnés : %1 (%2 de MRR) · Perdus : %3 (%4 de MRR)</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>Deals perdus</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Deals gagnés</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Competitors beaten</source>
        <translation>Concurrents battus</translation>
    </message>
    <message>
        <source>The competitors named in the win/loss reviews of the deals won in the period.</source>
        <translation>Les concurrents indiqués dans les analyses win/loss des deals gagnés sur la période.</translation>
    </message>
    <message>
        <source>No win/loss review of a won deal names a competitor.</source>
        <translation>Aucune analyse win/loss d&apos;un deal gagné n&apos;indique de concurrent.</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Aucune donnée sur cette période.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gagné</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>Decisive factors</source>
        <translation>Facteurs décisifs</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Product feedback</source>
        <translation>Feedback produit</translation>
    </message>
</context>
<context>
    <name>dealboard::cli</name>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Usage: dealboard-cli [--db FILE] [--json] [--lang fr|en] COMMAND [options]</source>
        <translation>Utilisation : dealboard-cli [--db FILE] [--json] [--lang fr|en] COMMAND [options]</translation>
    </message>
    <message>
        <source>Run dealboard-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Lancez dealboard-cli COMMAND --help pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run dealboard-cli --help for the list.</source>
        <translation>Commande &quot;%1&quot; inconnue. Lancez dealboard-cli --help pour en voir la liste.</translation>
    </message>
    <message>
        <source>created in %1</source>
        <translation>créé à l&apos;étape %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1 : &quot;%2&quot; → &quot;%3&quot;</translation>
    </message>
    <message>
        <source>moved %1 → %2</source>
        <translation>déplacé %1 → %2</translation>
    </message>
    <message>
        <source>won (from %1)</source>
        <translation>gagné (depuis %1)</translation>
    </message>
    <message>
        <source>lost at %1: %2</source>
        <translation>perdu à l&apos;étape %1 : %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; use one of: %3.</source>
        <translation>Commande inconnue &quot;%1 %2&quot; ; utilisez l&apos;une de : %3.</translation>
    </message>
    <message>
        <source>checked &quot;%1&quot;</source>
        <translation>coché &quot;%1&quot;</translation>
    </message>
    <message>
        <source>qualified: BANT+ %1/19</source>
        <translation>qualifié : BANT+ %1/19</translation>
    </message>
    <message>
        <source>undid event %1</source>
        <translation>événement %1 annulé</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD; default: the first day of the quarter of --to).</source>
        <translation>Premier jour de la période (YYYY-MM-DD ; par défaut : le premier jour du trimestre de --to).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD; default: today).</source>
        <translation>Dernier jour de la période (YYYY-MM-DD ; par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Read the data as it stood at the end of this day (YYYY-MM-DD, UTC; default: today).</source>
        <translation>Lire les données telles qu&apos;elles étaient à la fin de ce jour (YYYY-MM-DD, UTC ; par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>--%1 : &quot;%2&quot; n&apos;est pas une date : saisissez-la au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>aucune valeur saisie</translation>
    </message>
    <message>
        <source>Period %1 → %2, as of %3</source>
        <translation>Période %1 → %2, au %3</translation>
    </message>
    <message>
        <source>win/loss review removed</source>
        <translation>analyse win/loss supprimée</translation>
    </message>
    <message>
        <source>win/loss review saved</source>
        <translation>analyse win/loss enregistrée</translation>
    </message>
</context>
<context>
    <name>dealboard::cli::DatabaseCommand</name>
    <message>
        <source>The database is open in Dealboard: read without writing; the playbook&apos;s new follow-ups are listed but not saved.</source>
        <translation>La base de données est ouverte dans Dealboard&#xa0;: lecture sans écriture&#xa0;; les nouvelles relances du playbook sont listées mais pas enregistrées.</translation>
    </message>
</context>
</TS>
