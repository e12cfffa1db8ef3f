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
    <name>MainWindow</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Search activities…</source>
        <translation>Zoek activiteiten…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
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
    <name>app</name>
    <message>
        <source>Beroepsplanner cannot open the database</source>
        <translation>Beroepsplanner kan de database niet openen</translation>
    </message>
</context>
</TS>
