<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duur (min)</translation>
    </message>
    <message>
        <source>Worlds</source>
        <translation>Werelden</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Search activities…</source>
        <translation>Zoek activiteiten…</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 activities shown</source>
        <translation>
            <numerusform>%n van %1 activiteiten getoond</numerusform>
            <numerusform>%n van %1 activiteiten getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainBuilderDialog</name>
    <message>
        <source>Chain</source>
        <translation>Keten</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <source>&amp;Restore a back-up…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Beroepsplanner</source>
        <translation>&amp;Over Beroepsplanner</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n bedrijf</numerusform>
            <numerusform>%n bedrijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n klas</numerusform>
            <numerusform>%n klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chains</source>
        <translation>
            <numerusform>%n keten</numerusform>
            <numerusform>%n ketens</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>De wijziging is niet doorgevoerd</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back-up maken van de database</translation>
    </message>
    <message>
        <source>Back-up failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>Back-up saved in %1</source>
        <translation>Back-up opgeslagen in %1</translation>
    </message>
    <message>
        <source>Restore a back-up</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The database is replaced by the back-up %1. The current file is kept beside it, so nothing is lost. Continue?</source>
        <translation>De database wordt vervangen door de back-up %1. Het huidige bestand blijft ernaast bewaard, zodat er niets verloren gaat. Doorgaan?</translation>
    </message>
    <message>
        <source>Restoring failed</source>
        <translation>Terugzetten mislukt</translation>
    </message>
    <message>
        <source>Back-up restored; the previous file is kept as %1</source>
        <translation>Back-up teruggezet; het vorige bestand is bewaard als %1</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Plans career orientation for primary schools as chains: preparation lessons, an activity and reflection lessons.</source>
        <translation>Plant beroepsoriëntatie op de basisschool in ketens: voorbereidingslessen, een activiteit en reflectielessen.</translation>
    </message>
    <message>
        <source>About Beroepsplanner</source>
        <translation>Over Beroepsplanner</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Year plan</source>
        <translation>Jaarplanning</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Beroepsplanner cannot open the database</source>
        <translation>Beroepsplanner kan de database niet openen</translation>
    </message>
    <message>
        <source>No automatic back-up today: %1</source>
        <translation>Vandaag geen automatische back-up: %1</translation>
    </message>
</context>
</TS>
