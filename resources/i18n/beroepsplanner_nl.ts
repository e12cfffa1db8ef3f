<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Beroepsplanner</source>
        <translation>Over Beroepsplanner</translation>
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
        <source>Beroepsplanner is free software: you may use, share and change it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes without any warranty.</source>
        <translation>Beroepsplanner is vrije software: u mag het gebruiken, delen en aanpassen onder de GNU General Public License, versie 3 of (naar uw keuze) een latere versie (GPL-3.0-or-later). Er wordt geen enkele garantie gegeven.</translation>
    </message>
    <message>
        <source>Licence of Beroepsplanner</source>
        <translation>Licentie van Beroepsplanner</translation>
    </message>
    <message>
        <source>Licence (GPL-3.0-or-later)</source>
        <translation>Licentie (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Font DejaVu Sans</source>
        <translation>Lettertype DejaVu Sans</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <source>Beroepsplanner is built on these libraries. Their licences as the installed packages state them:</source>
        <translation>Beroepsplanner is gebouwd op deze bibliotheken. Hun licenties zoals de geïnstalleerde pakketten ze vermelden:</translation>
    </message>
    <message>
        <source>PySide6 and Qt %1 are used under the GNU LGPL version 3: they are bundled as separate, replaceable libraries.</source>
        <translation>PySide6 en Qt %1 worden gebruikt onder de GNU LGPL versie 3: ze zijn meegeleverd als aparte, vervangbare bibliotheken.</translation>
    </message>
    <message>
        <source>The PDF printouts embed the font DejaVu Sans; its licence is on the next tab.</source>
        <translation>De PDF-afdrukken bevatten het lettertype DejaVu Sans; de licentie daarvan staat op het volgende tabblad.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence (package metadata)</source>
        <translation>Licentie (volgens het pakket)</translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <source>Add activity %1</source>
        <translation>Activiteit %1 toevoegen</translation>
    </message>
    <message>
        <source>Change activity %1</source>
        <translation>Activiteit %1 wijzigen</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translation>Activiteit %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>ActivityDetailsPane</name>
    <message>
        <source>Details of the activity</source>
        <translation>Details van de activiteit</translation>
    </message>
    <message>
        <source>Plan this activity…</source>
        <translation>Plan deze activiteit…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>No activity selected</source>
        <translation>Geen activiteit gekozen</translation>
    </message>
    <message>
        <source>Pick an activity in the list to see its lessons and questions.</source>
        <translation>Kies een activiteit in de lijst om de lessen en vragen te zien.</translation>
    </message>
    <message>
        <source>Activities of the bundled catalogue can be edited, not deleted.</source>
        <translation>Activiteiten uit de meegeleverde catalogus kunt u bewerken, maar niet verwijderen.</translation>
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
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Transport needed</source>
        <translation>Vervoer nodig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Worlds</source>
        <translation>Werelden</translation>
    </message>
    <message>
        <source>Professions pupils see</source>
        <translation>Beroepen die leerlingen zien</translation>
    </message>
    <message>
        <source>One guest</source>
        <translation>Eén gast</translation>
    </message>
    <message>
        <source>Task during a company visit</source>
        <translation>Opdracht tijdens een bedrijfsbezoek</translation>
    </message>
    <message>
        <source>Core objectives</source>
        <translation>Kerndoelen</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Gebruikt in</translation>
    </message>
    <message numerus="yes">
        <source>%n chains</source>
        <translation>
            <numerusform>%n keten</numerusform>
            <numerusform>%n ketens</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Preparation lesson</source>
        <translation>Voorbereidingsles</translation>
    </message>
    <message>
        <source>Preparation lesson %1</source>
        <translation>Voorbereidingsles %1</translation>
    </message>
    <message>
        <source>Reflection lesson</source>
        <translation>Reflectieles</translation>
    </message>
    <message>
        <source>Reflection lesson %1</source>
        <translation>Reflectieles %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialen</translation>
    </message>
    <message>
        <source>Knowledge questions</source>
        <translation>Kennisvragen</translation>
    </message>
    <message>
        <source>Attitude questions</source>
        <translation>Houdingsvragen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>unknown or on request</source>
        <translation>onbekend of op aanvraag</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Worlds and professions</source>
        <translation>Werelden en beroepen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>What the pupils&apos; logbooks call the activity: short, in Dutch, without a provider</source>
        <translation>Hoe de logboeken van de leerlingen de activiteit noemen: kort, in het Nederlands, zonder aanbieder</translation>
    </message>
    <message>
        <source>Pick a provider or type a new name</source>
        <translation>Kies een aanbieder of typ een nieuwe naam</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>unknown or on request</source>
        <translation>onbekend of op aanvraag</translation>
    </message>
    <message>
        <source>Pupils need transport</source>
        <translation>Vervoer nodig</translation>
    </message>
    <message>
        <source>One guest</source>
        <translation>Eén gast</translation>
    </message>
    <message>
        <source>The format is one guest (such as Beeldenbrekers or a parent&apos;s guest lesson): one role model is the activity as it is meant, so the warning about only one role model does not apply</source>
        <translation>De vorm is één gast (zoals Beeldenbrekers of de gastles door een ouder): één rolmodel is precies de bedoeling, dus de waarschuwing over maar één rolmodel vervalt</translation>
    </message>
    <message>
        <source>Task during a company visit</source>
        <translation>Opdracht tijdens een bedrijfsbezoek</translation>
    </message>
    <message>
        <source>An assignment pupils do during a company visit (such as the Medewerkerspaspoort): the chain builder offers it as a task of a visit chain, printed in that chain&apos;s logbook; it stays an activity of its own as well</source>
        <translation>Een opdracht die de leerlingen tijdens een bedrijfsbezoek doen (zoals het Medewerkerspaspoort): de ketenbouwer biedt haar aan als opdracht bij een bezoek, in het logboek van die keten; ze blijft ook een eigen activiteit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title for pupils</source>
        <translation>Titel voor leerlingen</translation>
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
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Search professions…</source>
        <translation>Zoek beroepen…</translation>
    </message>
    <message>
        <source>Worlds of technology and sectors</source>
        <translation>Werelden van techniek en sectoren</translation>
    </message>
    <message>
        <source>Professions pupils see</source>
        <translation>Beroepen die leerlingen zien</translation>
    </message>
    <message>
        <source>Search professions</source>
        <translation>Beroepen zoeken</translation>
    </message>
    <message>
        <source>Add preparation lesson</source>
        <translation>Voorbereidingsles toevoegen</translation>
    </message>
    <message>
        <source>Add reflection lesson</source>
        <translation>Reflectieles toevoegen</translation>
    </message>
    <message>
        <source>Remove lesson</source>
        <translation>Les verwijderen</translation>
    </message>
    <message>
        <source>Preparation lesson %1</source>
        <translation>Voorbereidingsles %1</translation>
    </message>
    <message>
        <source>Reflection lesson %1</source>
        <translation>Reflectieles %1</translation>
    </message>
</context>
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
    <name>BeforeAfterTableModel</name>
    <message>
        <source>Grade</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Chains counted</source>
        <translation>Ketens geteld</translation>
    </message>
    <message>
        <source>Chains whose class was counted before and after the activity</source>
        <translation>Ketens waarvan de klas vóór en na de activiteit is geteld</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>Een vrouw</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>Een man</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Allebei</translation>
    </message>
    <message>
        <source>Could not say</source>
        <translation>Weet niet</translation>
    </message>
    <message>
        <source>Would want it</source>
        <translation>Wil het later</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Brief for the company</source>
        <translation>Brief voor het bedrijf</translation>
    </message>
    <message>
        <source>Saved with the chain (Save). Print the brief with File &gt; Print… &gt; Brief for the company.</source>
        <translation>Wordt bewaard met de keten (Opslaan). Print de brief via Bestand &gt; Afdrukken… &gt; Brief voor het bedrijf.</translation>
    </message>
</context>
<context>
    <name>BriefPanel</name>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Arrival (a guest lesson: start)</source>
        <translation>Aankomst (bij een gastles: begin)</translation>
    </message>
    <message>
        <source>Departure (a guest lesson: end)</source>
        <translation>Vertrek (bij een gastles: einde)</translation>
    </message>
    <message>
        <source>Empty: the brief says the pupils discover the work, the people and what you can learn for it.</source>
        <translation>Leeg: de brief zegt dat de kinderen ontdekken welk werk er gedaan wordt, door wie, en wat je ervoor kunt leren.</translation>
    </message>
    <message>
        <source>for example: How does the heat get into our house?</source>
        <translation>bijvoorbeeld: Hoe komt de warmte in ons huis?</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Eén vraag per regel</translation>
    </message>
    <message>
        <source>Day programme</source>
        <translation>Dagprogramma</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>+ Step</source>
        <translation>+ Onderdeel</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Onderdeel weghalen</translation>
    </message>
    <message>
        <source>Back to the proposal</source>
        <translation>Terug naar het voorstel</translation>
    </message>
    <message>
        <source>Let the times decide the programme again (arrival, welcome, groups, questions, closing)</source>
        <translation>Laat de tijden het programma weer bepalen (aankomst, welkom, groepjes, vragen, afsluiting)</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Arrival and departure:</source>
        <translation>&amp;Aankomst en vertrek:</translation>
    </message>
    <message>
        <source>&amp;Goal of the visit:</source>
        <translation>&amp;Doel van het bezoek:</translation>
    </message>
    <message>
        <source>Research &amp;question:</source>
        <translation>&amp;Onderzoeksvraag:</translation>
    </message>
    <message>
        <source>What the pupils &amp;will ask:</source>
        <translation>&amp;Vragen van de kinderen:</translation>
    </message>
    <message>
        <source>Day programme:</source>
        <translation>Dagprogramma:</translation>
    </message>
    <message>
        <source>&amp;Start and end:</source>
        <translation>&amp;Begin en einde:</translation>
    </message>
    <message>
        <source>The programme as you made it for this chain.</source>
        <translation>Het programma zoals u het voor deze keten hebt gemaakt.</translation>
    </message>
    <message>
        <source>A proposal from the times, in Dutch like the brief; change a step to make it your own.</source>
        <translation>Een voorstel uit de tijden; pas een onderdeel aan om het van deze keten te maken.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuw onderdeel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; type a time such as 09:30.</source>
        <translation>&apos;%1&apos; is geen tijd; typ een tijd zoals 09:30.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>New activity…</source>
        <translation>Nieuwe activiteit…</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Activiteiten zoeken</translation>
    </message>
    <message>
        <source>Search activities…</source>
        <translation>Zoek activiteiten…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>All worlds and sectors</source>
        <translation>Alle werelden en sectoren</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle aanbieders</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wis filters</translation>
    </message>
    <message>
        <source>No activity matches the search and the filters.</source>
        <translation>Geen activiteit past bij de zoektekst en de filters.</translation>
    </message>
    <message>
        <source>Show all activities</source>
        <translation>Alle activiteiten tonen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
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
    <message>
        <source>Edit activity</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
</context>
<context>
    <name>ChainBuilderDialog</name>
    <message>
        <source>Type to search an activity…</source>
        <translation>Typ om een activiteit te zoeken…</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klas:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activiteit:</translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation>Voorstellen…</translation>
    </message>
    <message>
        <source>Companies of the network that fit this class and activity, best first</source>
        <translation>Bedrijven uit het netwerk die bij deze klas en activiteit passen, de beste eerst</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>&amp;Date of the activity:</source>
        <translation>&amp;Datum van de activiteit:</translation>
    </message>
    <message>
        <source>Lessons of the chain</source>
        <translation>Lessen van de keten</translation>
    </message>
    <message>
        <source>+ Preparation lesson</source>
        <translation>+ Voorbereidingsles</translation>
    </message>
    <message>
        <source>+ Reflection lesson</source>
        <translation>+ Reflectieles</translation>
    </message>
    <message>
        <source>Remove lesson</source>
        <translation>Les verwijderen</translation>
    </message>
    <message>
        <source>Double-click a lesson&apos;s date or title to change it.</source>
        <translation>Dubbelklik op de datum of de titel van een les om die te wijzigen.</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Appointments, materials, what to arrange…</source>
        <translation>Afspraken, materialen, wat er geregeld moet worden…</translation>
    </message>
    <message>
        <source>Afterwards: what did you notice in the pupils?</source>
        <translation>Achteraf: wat viel je op bij de leerlingen?</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Company b&amp;rief…</source>
        <translation>Bedrijfs&amp;brief…</translation>
    </message>
    <message>
        <source>Par&amp;ent letter:</source>
        <translation>O&amp;uderbrief:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>O&amp;bservation:</source>
        <translation>O&amp;bservatie:</translation>
    </message>
    <message>
        <source>What the brief for the company says: times, goal, questions, day programme</source>
        <translation>Wat er in de brief voor het bedrijf staat: tijden, doel, vragen en dagprogramma</translation>
    </message>
    <message>
        <source>&amp;Follows up:</source>
        <translation>Vervolg o&amp;p:</translation>
    </message>
    <message>
        <source>What the rules say</source>
        <translation>Wat de regels zeggen</translation>
    </message>
    <message>
        <source>&amp;Pupils</source>
        <translation>&amp;Leerlingen</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Voor en na</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluatie</translation>
    </message>
    <message>
        <source>&amp;Delete chain…</source>
        <translation>Keten &amp;verwijderen…</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Geen bedrijf</translation>
    </message>
    <message>
        <source>Chain of %1</source>
        <translation>Keten van %1</translation>
    </message>
    <message>
        <source>New chain</source>
        <translation>Nieuwe keten</translation>
    </message>
    <message>
        <source>Add a class first (Classes screen).</source>
        <translation>Maak eerst een klas aan (scherm Klassen).</translation>
    </message>
    <message>
        <source>You can still write the observation.</source>
        <translation>De observatie kunt u nog schrijven.</translation>
    </message>
    <message>
        <source>Meant for grade %1 (our estimate); this class is grade %2. The rules will give a warning, but you can choose it.</source>
        <translation>Bedoeld voor groep %1 (onze schatting); deze klas is groep %2. De regels geven dan een waarschuwing, maar u kunt de activiteit wel kiezen.</translation>
    </message>
    <message>
        <source>breaks a stereotype</source>
        <translation>doorbreekt een vooroordeel</translation>
    </message>
    <message>
        <source>Role models: %1</source>
        <translation>Rolmodellen: %1</translation>
    </message>
    <message>
        <source>Choose a class and an activity first.</source>
        <translation>Kies eerst een klas en een activiteit.</translation>
    </message>
    <message>
        <source>Companies that fit %1 with this activity: by world of technology, groep, capacity, confirmation and role models; a company the class already visits this year ranks lower, and last year&apos;s evaluations count (a company that said no to this year comes last).</source>
        <translation>Bedrijven die met deze activiteit bij %1 passen: op wereld van techniek, groep, capaciteit, bevestiging en rolmodellen; een bedrijf dat de klas dit jaar al bezoekt komt lager, en de evaluaties van vorig jaar tellen mee (een bedrijf dat nee zei tegen dit jaar komt onderaan).</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>vervolg</translation>
    </message>
    <message>
        <source>Choose an activity first.</source>
        <translation>Kies eerst een activiteit.</translation>
    </message>
    <message>
        <source>Solve the errors first; until then the chain stays a concept.</source>
        <translation>Los eerst de fouten op; tot dan blijft de keten een concept.</translation>
    </message>
    <message>
        <source>%1 Until then the chain stays a concept.</source>
        <translation>%1 Tot dan blijft de keten een concept.</translation>
    </message>
    <message>
        <source>The status went back to Concept: solve the errors first.</source>
        <translation>De status is teruggezet op Concept: los eerst de fouten op.</translation>
    </message>
    <message>
        <source>Chain not saved</source>
        <translation>Keten niet bewaard</translation>
    </message>
    <message>
        <source>Delete chain</source>
        <translation>Keten verwijderen</translation>
    </message>
    <message>
        <source>Delete the chain %1 with its lessons? Edit &gt; Undo brings it back.</source>
        <translation>De keten %1 met haar lessen verwijderen? Bewerken &gt; Ongedaan maken zet haar terug.</translation>
    </message>
    <message>
        <source>Chain not deleted</source>
        <translation>Keten niet verwijderd</translation>
    </message>
</context>
<context>
    <name>ChainCommands</name>
    <message>
        <source>Save chain %1</source>
        <translation>Keten %1 bewaren</translation>
    </message>
    <message>
        <source>New chain %1</source>
        <translation>Nieuwe keten %1</translation>
    </message>
    <message>
        <source>Delete chain %1</source>
        <translation>Keten %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>ChainEvaluationPanel</name>
    <message>
        <source>What went well?</source>
        <translation>Wat ging goed?</translation>
    </message>
    <message>
        <source>What did the pupils ask?</source>
        <translation>Wat vroegen de leerlingen?</translation>
    </message>
    <message>
        <source>Which people and jobs did they meet?</source>
        <translation>Welke mensen en beroepen ontmoetten ze?</translation>
    </message>
    <message>
        <source>Did the preparation help?</source>
        <translation>Hielp de voorbereiding?</translation>
    </message>
    <message>
        <source>Did the reflection reach attitudes?</source>
        <translation>Raakte de reflectie ook houdingen?</translation>
    </message>
    <message>
        <source>Again next year?</source>
        <translation>Volgend jaar weer?</translation>
    </message>
    <message>
        <source>What went well (company)?</source>
        <translation>Wat ging goed (bedrijf)?</translation>
    </message>
    <message>
        <source>What did the pupils ask them?</source>
        <translation>Wat vroegen de leerlingen hun?</translation>
    </message>
    <message>
        <source>Receive a class again next year?</source>
        <translation>Volgend jaar weer een klas ontvangen?</translation>
    </message>
    <message>
        <source>Remarks of the company</source>
        <translation>Opmerkingen van het bedrijf</translation>
    </message>
    <message>
        <source>You, the teacher</source>
        <translation>U, de leerkracht</translation>
    </message>
    <message>
        <source>The company (from its form)</source>
        <translation>Het bedrijf (van zijn formulier)</translation>
    </message>
    <message>
        <source>Write about the class as a whole: no pupils&apos; names (the evaluation is kept for years and shared with the company&apos;s history).</source>
        <translation>Schrijf over de klas als geheel: geen namen van leerlingen (de evaluatie blijft jaren bewaard en staat in de geschiedenis van het bedrijf).</translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation>Evaluatie opslaan</translation>
    </message>
    <message>
        <source>Save the chain first; after the activity you evaluate it here.</source>
        <translation>Sla de keten eerst op; na de activiteit evalueert u hem hier.</translation>
    </message>
    <message>
        <source>The evaluation opens on %1, the day of the activity. Print the forms for the company and for yourself beforehand (File &gt; Print, Evaluation forms).</source>
        <translation>De evaluatie gaat open op %1, de dag van de activiteit. Print vooraf de formulieren voor het bedrijf en voor uzelf (Bestand &gt; Afdrukken, Evaluatieformulieren).</translation>
    </message>
    <message>
        <source>Evaluated on %1. Change what you like and save again.</source>
        <translation>Geëvalueerd op %1. Verander wat u wilt en sla opnieuw op.</translation>
    </message>
    <message>
        <source>A few fields, for you and for the company: fill in what you know.</source>
        <translation>Een paar vakken, voor u en voor het bedrijf: vul in wat u weet.</translation>
    </message>
    <message>
        <source>This chain has no company: leave this part empty.</source>
        <translation>Deze keten heeft geen bedrijf: laat dit deel leeg.</translation>
    </message>
    <message>
        <source>%1; contact at the time: %2</source>
        <translation>%1; contactpersoon toen: %2</translation>
    </message>
    <message>
        <source>%1; contact: %2 (kept with the evaluation)</source>
        <translation>%1; contactpersoon: %2 (wordt bij de evaluatie bewaard)</translation>
    </message>
    <message>
        <source>At most %1 characters per field.</source>
        <translation>Hoogstens %1 tekens per vak.</translation>
    </message>
    <message>
        <source>Evaluation not saved</source>
        <translation>Evaluatie niet opgeslagen</translation>
    </message>
    <message>
        <source>You changed the evaluation. Save it?</source>
        <translation>U hebt de evaluatie gewijzigd. Opslaan?</translation>
    </message>
</context>
<context>
    <name>ChainLinks</name>
    <message>
        <source>one day</source>
        <translation>één dag</translation>
    </message>
    <message>
        <source>For an activity of several days (a project week): its last day. Reflection lessons come after it.</source>
        <translation>Voor een activiteit van meerdere dagen (een projectweek): de laatste dag. De reflectielessen komen daarna.</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>t/&amp;m</translation>
    </message>
    <message>
        <source>A deliberate follow-up of an earlier chain of this class (a visit, then a build assignment, then a presentation): one series, not a repetition.</source>
        <translation>Een bewust vervolg op een eerdere keten van deze klas (een bezoek, dan een bouwopdracht, dan een presentatie): één reeks, geen herhaling.</translation>
    </message>
    <message>
        <source>During the &amp;visit:</source>
        <translation>Tijdens het be&amp;zoek:</translation>
    </message>
    <message>
        <source>Pupils do this during the visit; it is printed in the logbook.</source>
        <translation>De leerlingen doen dit tijdens het bezoek; het komt in het logboek.</translation>
    </message>
    <message>
        <source>Nothing: a chain of its own</source>
        <translation>Niets: een eigen keten</translation>
    </message>
</context>
<context>
    <name>ChainMeasurement</name>
    <message>
        <source>Before and after</source>
        <translation>Voor en na</translation>
    </message>
</context>
<context>
    <name>ChainMeasurementPanel</name>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>a woman</source>
        <translation>een vrouw</translation>
    </message>
    <message>
        <source>a man</source>
        <translation>een man</translation>
    </message>
    <message>
        <source>both</source>
        <translation>allebei</translation>
    </message>
    <message>
        <source>could not say</source>
        <translation>weet niet / niet te zien</translation>
    </message>
    <message>
        <source>would want this work</source>
        <translation>wil dit werk later doen</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Geteld</translation>
    </message>
    <message>
        <source>Save the chain first; then you count here the class&apos;s answers to the logbook&apos;s question “who can do this work?”.</source>
        <translation>Sla de keten eerst op; daarna telt u hier de antwoorden van de klas op de vraag uit het logboek: “wie kan dit werk doen?”.</translation>
    </message>
    <message>
        <source>Count the ticks or drawings of the logbooks: before the activity (preparation) and after it (reflection). An empty box is not counted yet. Saved at once.</source>
        <translation>Tel de kruisjes of tekeningen in de logboeken: vóór de activiteit (voorbereiding) en erna (terugblik). Een leeg vak is nog niet geteld. Wordt meteen bewaard.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>ChainPupilTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>The pupil was not there: the chain is left off the pupil&apos;s record (Space ticks it).</source>
        <translation>De leerling was er niet: de keten komt niet als meegedaan in het overzicht van de leerling (de spatiebalk zet het vinkje).</translation>
    </message>
    <message>
        <source>Talents</source>
        <translation>Talenten</translation>
    </message>
    <message>
        <source>Talents the pupil recognised in the reflection (Enter or double-click to choose).</source>
        <translation>Talenten die de leerling in de reflectie bij zichzelf herkende (Enter of dubbelklikken om te kiezen).</translation>
    </message>
    <message>
        <source>Know
more</source>
        <translation>Meer
weten</translation>
    </message>
    <message>
        <source>&quot;I want to know more about this&quot; (Space ticks it).</source>
        <translation>„Hier wil ik meer van weten” (de spatiebalk zet het vinkje).</translation>
    </message>
    <message>
        <source>Own
words</source>
        <translation>Eigen
woorden</translation>
    </message>
    <message>
        <source>One line in the pupil&apos;s own words (start typing to write it).</source>
        <translation>Eén regel in de eigen woorden van de leerling (begin te typen om te schrijven).</translation>
    </message>
</context>
<context>
    <name>ChainRecordPanel</name>
    <message>
        <source>Pupils of the chain</source>
        <translation>Leerlingen van de keten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Save the chain first; after the activity you fill in here who was absent and what each pupil recognised.</source>
        <translation>Bewaar eerst de keten; na de activiteit vult u hier in wie er niet was en wat elke leerling herkende.</translation>
    </message>
    <message>
        <source>%1 has no pupils yet (Classes screen).</source>
        <translation>%1 heeft nog geen leerlingen (scherm Klassen).</translation>
    </message>
    <message>
        <source>From %1, the day of the activity, you fill in here who was absent and what each pupil recognised in the reflection.</source>
        <translation>Vanaf %1, de dag van de activiteit, vult u hier in wie er niet was en wat elke leerling in de reflectie herkende.</translation>
    </message>
    <message>
        <source>Saved at once, for each pupil&apos;s record (File &gt; Print). Space ticks a box, Enter chooses talents, typing writes the own words; Ctrl+Z takes a change back.</source>
        <translation>Wordt meteen bewaard, voor het overzicht per leerling (Bestand &gt; Afdrukken). De spatiebalk zet een vinkje, Enter kiest de talenten, typen schrijft de eigen woorden; Ctrl+Z maakt een wijziging ongedaan.</translation>
    </message>
</context>
<context>
    <name>ChainsBackModel</name>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>From last year&apos;s class</source>
        <translation>Van de klas van vorig jaar</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Ketens</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>ChainsStep</name>
    <message>
        <source>Last year&apos;s chains as concepts</source>
        <translation>De ketens van vorig jaar als concept</translation>
    </message>
    <message>
        <source>Each class gets the chains its grade had last year, in the same school week, as concepts to check and confirm.</source>
        <translation>Elke klas krijgt de ketens die haar groep vorig jaar had, in dezelfde schoolweek, als concept om na te kijken en te bevestigen.</translation>
    </message>
    <message>
        <source>Chains per class</source>
        <translation>Ketens per klas</translation>
    </message>
    <message numerus="yes">
        <source>%n chains find no room in the new school year:</source>
        <translation>
            <numerusform>%n keten past niet meer in het nieuwe schooljaar:</numerusform>
            <numerusform>%n ketens passen niet meer in het nieuwe schooljaar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chain finds a place in the new school year.</source>
        <translation>Elke keten vindt een plek in het nieuwe schooljaar.</translation>
    </message>
</context>
<context>
    <name>ClassChainTableModel</name>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
</context>
<context>
    <name>ClassCommands</name>
    <message>
        <source>Add class %1</source>
        <translation>Klas %1 toevoegen</translation>
    </message>
    <message>
        <source>Edit class %1</source>
        <translation>Klas %1 wijzigen</translation>
    </message>
    <message>
        <source>Remove class %1</source>
        <translation>Klas %1 verwijderen</translation>
    </message>
    <message>
        <source>Add pupil %1</source>
        <translation>Leerling %1 toevoegen</translation>
    </message>
    <message>
        <source>Rename pupil to %1</source>
        <translation>Naam van leerling wijzigen in %1</translation>
    </message>
    <message>
        <source>Remove pupil %1</source>
        <translation>Leerling %1 verwijderen</translation>
    </message>
    <message>
        <source>Set up school %1</source>
        <translation>School %1 instellen</translation>
    </message>
</context>
<context>
    <name>ClassCoverageModel</name>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Ketens</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Worlds</source>
        <translation>Werelden</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Beroepen</translation>
    </message>
    <message>
        <source>Counter-role models</source>
        <translation>Rolmodellen tegen vooroordeel</translation>
    </message>
    <message>
        <source>Worlds of technology met, of the seven</source>
        <translation>Werelden van techniek die de klas ziet, van de zeven</translation>
    </message>
    <message>
        <source>Different professions the pupils meet</source>
        <translation>Verschillende beroepen die de leerlingen ontmoeten</translation>
    </message>
    <message>
        <source>Role models who break a stereotype</source>
        <translation>Rolmodellen die een vooroordeel doorbreken</translation>
    </message>
    <message>
        <source>No world of technology yet</source>
        <translation>Nog geen wereld van techniek</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Add class</source>
        <translation>Klas toevoegen</translation>
    </message>
    <message>
        <source>Edit class %1</source>
        <translation>Klas %1 wijzigen</translation>
    </message>
    <message>
        <source>for example Groep 6b</source>
        <translation>bijvoorbeeld Groep 6b</translation>
    </message>
    <message>
        <source>for example juf Fatima</source>
        <translation>bijvoorbeeld juf Fatima</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation>&amp;Leerkracht:</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Schooljaar:</translation>
    </message>
</context>
<context>
    <name>ClassListDialog</name>
    <message>
        <source>Import class list into %1</source>
        <translation>Klassenlijst inlezen in %1</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Gekozen bestand</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Only the first name is kept, with the first letter of the surname when two pupils share a first name. Surnames are never stored.</source>
        <translation>Alleen de voornaam wordt bewaard, met de eerste letter van de achternaam als twee leerlingen dezelfde voornaam hebben. Achternamen worden nooit opgeslagen.</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Wordt toegevoegd</translation>
    </message>
    <message>
        <source>Already in the class</source>
        <translation>Zit al in de klas</translation>
    </message>
    <message>
        <source>Add pupils</source>
        <translation>Leerlingen toevoegen</translation>
    </message>
    <message>
        <source>Choose a class list</source>
        <translation>Kies een klassenlijst</translation>
    </message>
    <message numerus="yes">
        <source>Will be added (%n)</source>
        <translation>
            <numerusform>Wordt toegevoegd (%n)</numerusform>
            <numerusform>Worden toegevoegd (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the class (%n)</source>
        <translation>
            <numerusform>Zit al in de klas (%n)</numerusform>
            <numerusform>Zitten al in de klas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pupil of this list is already in the class.</source>
        <translation>Alle leerlingen van deze lijst zitten al in de klas.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupils added to %1. Edit &gt; Undo takes them out again.</source>
        <translation>
            <numerusform>%n leerling toegevoegd aan %1. Bewerken &gt; Ongedaan maken haalt die er weer uit.</numerusform>
            <numerusform>%n leerlingen toegevoegd aan %1. Bewerken &gt; Ongedaan maken haalt ze er weer uit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Another group?</source>
        <translation>Andere groep?</translation>
    </message>
    <message>
        <source>Add the pupils to %1 all the same?</source>
        <translation>De leerlingen toch aan %1 toevoegen?</translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Ketens</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>&amp;School year:</source>
        <translation>&amp;Schooljaar:</translation>
    </message>
    <message>
        <source>This database has no school yet. Fill in the school&apos;s name, its region and a first class; that takes a minute.</source>
        <translation>Deze database heeft nog geen school. Vul de naam van de school, de regio en een eerste klas in; dat kost een minuut.</translation>
    </message>
    <message>
        <source>Set up the school…</source>
        <translation>School instellen…</translation>
    </message>
    <message>
        <source>Add class…</source>
        <translation>Klas toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Erase pupils of past school years…</source>
        <translation>Leerlingen van vorige schooljaren wissen…</translation>
    </message>
    <message>
        <source>No classes in this school year yet.</source>
        <translation>Nog geen klassen in dit schooljaar.</translation>
    </message>
    <message>
        <source>Chains of the class</source>
        <translation>Ketens van de klas</translation>
    </message>
    <message>
        <source>New chain…</source>
        <translation>Nieuwe keten…</translation>
    </message>
    <message>
        <source>No chains for this class yet. A chain is 1–2 preparation lessons, an activity and 1–2 reflection lessons.</source>
        <translation>Nog geen ketens voor deze klas. Een keten is 1–2 voorbereidingslessen, een activiteit en 1–2 reflectielessen.</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Ketens</translation>
    </message>
    <message>
        <source>Classes and pupils</source>
        <translation>Klassen en leerlingen</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <source>%1 (new)…</source>
        <translation>%1 (nieuw)…</translation>
    </message>
    <message>
        <source>Make the next school year: File &gt; New school year…</source>
        <translation>Maak het volgende schooljaar: Bestand &gt; Nieuw schooljaar…</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n klas</numerusform>
            <numerusform>%n klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Classes in %1</source>
        <translation>Klassen in %1</translation>
    </message>
    <message>
        <source>Chains of %1</source>
        <translation>Ketens van %1</translation>
    </message>
    <message>
        <source>Class %1 removed. Edit &gt; Undo brings it back.</source>
        <translation>Klas %1 is verwijderd. Bewerken &gt; Ongedaan maken zet haar terug.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>De wijziging is niet doorgevoerd</translation>
    </message>
</context>
<context>
    <name>ClassesStep</name>
    <message>
        <source>The classes of the new school year</source>
        <translation>De klassen van het nieuwe schooljaar</translation>
    </message>
    <message>
        <source>Double-click a name, grade or teacher to change it.</source>
        <translation>Dubbelklik op een naam, groep of leerkracht om die te wijzigen.</translation>
    </message>
    <message>
        <source>Classes of the new school year</source>
        <translation>Klassen van het nieuwe schooljaar</translation>
    </message>
    <message numerus="yes">
        <source>Leaving: %1 (%n pupils) go to secondary school; they stay in the history of %2.</source>
        <translation>
            <numerusform>Vertrekt: %1 (%n leerling) gaat naar het voortgezet onderwijs en blijft in de geschiedenis van %2.</numerusform>
            <numerusform>Vertrekt: %1 (%n leerlingen) gaan naar het voortgezet onderwijs en blijven in de geschiedenis van %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils are in no class of the new year and leave the school: %1.</source>
        <translation>
            <numerusform>%n leerling zit in geen klas van het nieuwe jaar en verlaat de school: %1.</numerusform>
            <numerusform>%n leerlingen zitten in geen klas van het nieuwe jaar en verlaten de school: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortChart</name>
    <message>
        <source>Worlds of technology per cohort</source>
        <translation>Werelden van techniek per cohort</translation>
    </message>
    <message>
        <source>No cohort misses a world of technology from grade 4 to 8.</source>
        <translation>Geen cohort mist een wereld van techniek van groep 4 tot en met 8.</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>Niet gezien: %1</translation>
    </message>
    <message>
        <source>Cohort %1 (grade %2)</source>
        <translation>Cohort %1 (groep %2)</translation>
    </message>
    <message>
        <source>not met, nothing planned</source>
        <translation>niet ontmoet, niets gepland</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n chain(s) in grades 4–8</source>
        <translation>
            <numerusform>%1 · %2: %n keten in groep 4–8</numerusform>
            <numerusform>%1 · %2: %n ketens in groep 4–8</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Gepland:</translation>
    </message>
    <message>
        <source>%1 has not met %2 since grade 4 and has nothing planned for it up to grade 8. Plan an activity from this world.</source>
        <translation>%1 heeft %2 sinds groep 4 niet ontmoet en heeft er tot en met groep 8 niets voor gepland. Plan een activiteit uit deze wereld.</translation>
    </message>
    <message>
        <source>%1 has no chain of grades 4–8 that meets %2 yet; its line is judged from grade 4.</source>
        <translation>%1 heeft nog geen keten in groep 4–8 die %2 laat zien; de lijn telt vanaf groep 4.</translation>
    </message>
    <message>
        <source>%1 has not met %2 in the school years in the program; what it met before is not known.</source>
        <translation>%1 heeft %2 niet ontmoet in de schooljaren in het programma; wat het eerder ontmoette, is niet bekend.</translation>
    </message>
    <message>
        <source>%1 has no chain of grades 4–8 that meets %2 yet; the plans of the grades ahead bring it.</source>
        <translation>%1 heeft nog geen keten in groep 4–8 die %2 laat zien; de plannen van de volgende groepen brengen die wereld.</translation>
    </message>
</context>
<context>
    <name>CohortTableModel</name>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation>Cohort %1</translation>
    </message>
    <message>
        <source>Now in grade %1: %2</source>
        <translation>Nu in groep %1: %2</translation>
    </message>
    <message>
        <source>The year the cohort leaves grade 8</source>
        <translation>Het jaar waarin het cohort groep 8 verlaat</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Worlds</source>
        <translation>Werelden</translation>
    </message>
    <message>
        <source>Worlds of technology met or planned in grades 4–8, of the seven</source>
        <translation>Werelden van techniek ontmoet of gepland in groep 4–8, van de zeven</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Sectors outside technology met or planned, from grade 1</source>
        <translation>Sectoren buiten de techniek, ontmoet of gepland, vanaf groep 1</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Different companies, from grade 1 to 8</source>
        <translation>Verschillende bedrijven, van groep 1 tot en met 8</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Beroepen</translation>
    </message>
    <message>
        <source>Different professions the pupils meet</source>
        <translation>Verschillende beroepen die de leerlingen ontmoeten</translation>
    </message>
    <message>
        <source>Counter-role models</source>
        <translation>Rolmodellen tegen vooroordeel</translation>
    </message>
    <message>
        <source>Role models who break a stereotype</source>
        <translation>Rolmodellen die een vooroordeel doorbreken</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Ketens</translation>
    </message>
    <message>
        <source>Of which planned</source>
        <translation>Waarvan gepland</translation>
    </message>
    <message>
        <source>Chains from today on</source>
        <translation>Ketens vanaf vandaag</translation>
    </message>
    <message>
        <source>The cohort&apos;s grade in school year %1, and its chains</source>
        <translation>De groep van het cohort in schooljaar %1, en zijn ketens</translation>
    </message>
    <message>
        <source>grade %1: %2</source>
        <translation>groep %1: %2</translation>
    </message>
    <message>
        <source>Not at school in %1</source>
        <translation>In %1 niet op school</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chain(s)</source>
        <translation>
            <numerusform>%1: %n keten</numerusform>
            <numerusform>%1: %n ketens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n planned)</source>
        <translation>
            <numerusform>(%n gepland)</numerusform>
            <numerusform>(%n gepland)</numerusform>
        </translation>
    </message>
    <message>
        <source>No world of technology yet</source>
        <translation>Nog geen wereld van techniek</translation>
    </message>
    <message>
        <source>Not met, nothing planned: %1</source>
        <translation>Niet ontmoet, niets gepland: %1</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Search companies</source>
        <translation>Bedrijven zoeken</translation>
    </message>
    <message>
        <source>Search companies, places, worlds…</source>
        <translation>Zoek bedrijven, plaatsen, werelden…</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Read companies from a CSV or Excel file</source>
        <translation>Bedrijven inlezen uit een CSV- of Excel-bestand</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Write all companies to a CSV or Excel file</source>
        <translation>Alle bedrijven naar een CSV- of Excel-bestand schrijven</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>You changed %1 but did not save it. Save the changes?</source>
        <translation>U hebt %1 gewijzigd maar nog niet opgeslagen. Wijzigingen opslaan?</translation>
    </message>
    <message>
        <source>the new company</source>
        <translation>het nieuwe bedrijf</translation>
    </message>
    <message>
        <source>Add profession</source>
        <translation>Beroep toevoegen</translation>
    </message>
    <message>
        <source>‘%1’ is not in the list of professions. Add it, so that every company can be given it?</source>
        <translation>‘%1’ staat niet in de lijst met beroepen. Wilt u het toevoegen, zodat u het aan elk bedrijf kunt geven?</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>Bedrijf verwijderen</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; with its contacts and role models?</source>
        <translation>&apos;%1&apos; met contactpersonen en rolmodellen verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n bedrijf</numerusform>
            <numerusform>%n bedrijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 companies shown</source>
        <translation>
            <numerusform>%n van %1 bedrijven getoond</numerusform>
            <numerusform>%n van %1 bedrijven getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyCommands</name>
    <message>
        <source>Add company %1</source>
        <translation>Bedrijf %1 toevoegen</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Bedrijf %1 wijzigen</translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation>Bedrijf %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>CompanyExportTexts</name>
    <message numerus="yes">
        <source>%n companies written to %1.</source>
        <translation>
            <numerusform>%n bedrijf geschreven naar %1.</numerusform>
            <numerusform>%n bedrijven geschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Worlds and professions</source>
        <translation>Werelden en beroepen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Contacts and role models</source>
        <translation>Contacten en rolmodellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Undo the changes in the form since it was loaded</source>
        <translation>Zet het formulier terug zoals het was, zonder de wijzigingen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>any grade</source>
        <translation>elke groep</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>groep %1</translation>
    </message>
    <message>
        <source>Capacity (pupils at a time)</source>
        <translation>Capaciteit (leerlingen tegelijk)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>pupils at a time</source>
        <translation>leerlingen tegelijk</translation>
    </message>
    <message>
        <source>Safety and hygiene rules checked</source>
        <translation>Veiligheids- en hygiëneregels gecontroleerd</translation>
    </message>
    <message>
        <source>For example: safety glasses in the workshop, no visits to the kitchen</source>
        <translation>Bijvoorbeeld: veiligheidsbril in de werkplaats, niet in de keuken</translation>
    </message>
    <message numerus="yes">
        <source>History (%n)</source>
        <translation>
            <numerusform>Geschiedenis (%n)</numerusform>
            <numerusform>Geschiedenis (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>From grade</source>
        <translation>Vanaf groep</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Veiligheidsnotities</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Search professions…</source>
        <translation>Zoek beroepen…</translation>
    </message>
    <message>
        <source>Add ‘%1’ to the professions…</source>
        <translation>‘%1’ toevoegen aan de beroepen…</translation>
    </message>
    <message>
        <source>Worlds of technology and sectors</source>
        <translation>Werelden van techniek en sectoren</translation>
    </message>
    <message>
        <source>Professions at the company</source>
        <translation>Beroepen bij het bedrijf</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Contactpersoon verwijderen</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Counter-stereotype</source>
        <translation>Tegen-stereotiep</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Add role model</source>
        <translation>Rolmodel toevoegen</translation>
    </message>
    <message>
        <source>Remove role model</source>
        <translation>Rolmodel verwijderen</translation>
    </message>
    <message>
        <source>Breaks a common stereotype, such as a female mechanic or a male nurse</source>
        <translation>Doorbreekt een bekend stereotype, zoals een vrouwelijke automonteur of een mannelijke verpleegkundige</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Contact confirmed for</source>
        <translation>Contact bevestigd voor</translation>
    </message>
    <message>
        <source>Role models</source>
        <translation>Rolmodellen</translation>
    </message>
    <message>
        <source>New company: %1</source>
        <translation>Nieuw bedrijf: %1</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
</context>
<context>
    <name>CompanyHistory</name>
    <message>
        <source>Chains with the company over the school years</source>
        <translation>Ketens met het bedrijf door de schooljaren heen</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Again (company)</source>
        <translation>Weer (bedrijf)</translation>
    </message>
    <message>
        <source>Again (you)</source>
        <translation>Weer (u)</translation>
    </message>
    <message>
        <source>Every chain with this company over the school years, with its evaluation. Double-click a chain to open it in the chain builder.</source>
        <translation>Elke keten met dit bedrijf door de schooljaren heen, met de evaluatie. Dubbelklik op een keten om hem in de ketenbouwer te openen.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>%1: uses a role model of this company; the chain went to another company.</source>
        <translation>%1: heeft een rolmodel van dit bedrijf; de keten ging naar een ander bedrijf.</translation>
    </message>
    <message>
        <source>%1: not evaluated yet.</source>
        <translation>%1: nog niet geëvalueerd.</translation>
    </message>
    <message>
        <source>Contact at the time: %1</source>
        <translation>Contactpersoon toen: %1</translation>
    </message>
    <message>
        <source>went well</source>
        <translation>ging goed</translation>
    </message>
    <message>
        <source>pupils asked</source>
        <translation>leerlingen vroegen</translation>
    </message>
    <message>
        <source>people and jobs</source>
        <translation>mensen en beroepen</translation>
    </message>
    <message>
        <source>preparation helped</source>
        <translation>voorbereiding hielp</translation>
    </message>
    <message>
        <source>reflection reached attitudes</source>
        <translation>reflectie raakte houdingen</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>opmerkingen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
</context>
<context>
    <name>CompanyImportDialog</name>
    <message>
        <source>Import companies</source>
        <translation>Bedrijven importeren</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Gekozen bestand</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <source>Choose for each column what it holds. A column set to “— do not import —” is left out.</source>
        <translation>Kies per kolom wat erin staat. Een kolom met “— niet inlezen —” wordt overgeslagen.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Voorbeeld van het bestand</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemen in het bestand</translation>
    </message>
    <message>
        <source>Skip rows with a problem</source>
        <translation>Rijen met een probleem overslaan</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>From grade</source>
        <translation>Vanaf groep</translation>
    </message>
    <message>
        <source>Worlds and sectors</source>
        <translation>Werelden en sectoren</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Beroepen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Choose a file with companies</source>
        <translation>Kies een bestand met bedrijven</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n rows; the whole file is checked.</source>
        <translation>
            <numerusform>De eerste %1 van %n rij; het hele bestand wordt gecontroleerd.</numerusform>
            <numerusform>De eerste %1 van %n rijen; het hele bestand wordt gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>(column without a header)</source>
        <translation>(kolom zonder kop)</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— niet inlezen —</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have a problem. Correct the file and choose it again, or tick “Skip rows with a problem” to import only the good rows.</source>
        <translation>
            <numerusform>%n rij heeft een probleem. Verbeter het bestand en kies het opnieuw, of vink “Rijen met een probleem overslaan” aan om alleen de goede rijen in te lezen.</numerusform>
            <numerusform>%n rijen hebben een probleem. Verbeter het bestand en kies het opnieuw, of vink “Rijen met een probleem overslaan” aan om alleen de goede rijen in te lezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Klaar om in te lezen: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd, %4 overgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n rows.</source>
        <translation>
            <numerusform>Klaar om %n rij in te lezen.</numerusform>
            <numerusform>Klaar om %n rijen in te lezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 skipped. Edit &gt; Undo takes the whole import back.</source>
        <translation>Ingelezen: %1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd, %4 overgeslagen. Bewerken &gt; Ongedaan maken draait het hele inlezen terug.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Export companies</source>
        <translation>Bedrijven exporteren</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>bedrijven</translation>
    </message>
</context>
<context>
    <name>CompanySuggestionsDialog</name>
    <message>
        <source>Companies that fit</source>
        <translation>Passende bedrijven</translation>
    </message>
    <message>
        <source>Suggested companies</source>
        <translation>Voorgestelde bedrijven</translation>
    </message>
    <message>
        <source>No company in the network fits this chain. Add companies under Companies, or import a list.</source>
        <translation>Geen bedrijf in het netwerk past bij deze keten. Voeg bedrijven toe onder Bedrijven, of lees een lijst in.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Chains that use the company or one of its role models</source>
        <translation>Ketens die het bedrijf of een van zijn rolmodellen gebruiken</translation>
    </message>
    <message>
        <source>The company has confirmed the contact for school year %1</source>
        <translation>Het bedrijf heeft het contact voor schooljaar %1 bevestigd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Worlds</source>
        <translation>Werelden</translation>
    </message>
    <message>
        <source>From grade</source>
        <translation>Vanaf groep</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Ketens</translation>
    </message>
</context>
<context>
    <name>ConfirmationBoxes</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (afgesloten)</translation>
    </message>
    <message>
        <source>School year %1 is closed: read only.</source>
        <translation>Schooljaar %1 is afgesloten: alleen lezen.</translation>
    </message>
    <message>
        <source>The company has confirmed the contact for school year %1. Companies confirm again every school year.</source>
        <translation>Het bedrijf heeft het contact voor schooljaar %1 bevestigd. Bedrijven bevestigen elk schooljaar opnieuw.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Core objectives</source>
        <translation>Kerndoelen</translation>
    </message>
    <message>
        <source>Worlds</source>
        <translation>Werelden</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Beroepen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Free days</source>
        <translation>Vrije dagen</translation>
    </message>
    <message>
        <source>5 May</source>
        <translation>5 mei</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Goede Vrijdag</translation>
    </message>
    <message>
        <source>Changed by a colleague</source>
        <translation>Gewijzigd door een collega</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Wat verschilt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Saved by your colleague</source>
        <translation>Opgeslagen door uw collega</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Van u (niet opgeslagen)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Doorgaan met &amp;bewerken</translation>
    </message>
    <message>
        <source>&amp;Save my version anyway…</source>
        <translation>&amp;Toch mijn versie opslaan…</translation>
    </message>
    <message>
        <source>Save over your colleague&apos;s version?</source>
        <translation>Over de versie van uw collega heen opslaan?</translation>
    </message>
    <message>
        <source>Your version replaces what your colleague saved: their changes in the fields shown are then gone (Edit &gt; Undo brings them back). Save your version?</source>
        <translation>Uw versie vervangt wat uw collega opsloeg: de wijzigingen van uw collega in de getoonde velden zijn dan weg (Bewerken &gt; Ongedaan maken haalt ze terug). Uw versie opslaan?</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>Worlds of technology per grade</source>
        <translation>Werelden van techniek per groep</translation>
    </message>
    <message>
        <source>grade %1: %2</source>
        <translation>groep %1: %2</translation>
    </message>
    <message>
        <source>Grades 4–8 each meet every world of technology.</source>
        <translation>Groep 4 tot en met 8 zien elk alle werelden van techniek.</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>Niet gezien: %1</translation>
    </message>
    <message>
        <source>Grades 4–8</source>
        <translation>Groep 4–8</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>not met (grades 4–8)</source>
        <translation>niet gezien (groep 4–8)</translation>
    </message>
    <message>
        <source>not met (grades 1–3)</source>
        <translation>niet gezien (groep 1–3)</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>geen klas</translation>
    </message>
    <message>
        <source>No grade from 4 to 8 meets %1. Plan an activity from this world.</source>
        <translation>Geen enkele groep van 4 tot en met 8 ziet %1. Plan een activiteit uit deze wereld.</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s) of grades 4–8 meet %1.</source>
        <translation>
            <numerusform>%n keten in groep 4–8 laat %1 zien.</numerusform>
            <numerusform>%n ketens in groep 4–8 laten %1 zien.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no class in grade %1.</source>
        <translation>Er is geen klas in groep %1.</translation>
    </message>
    <message>
        <source>Grade %1 does not meet %2.</source>
        <translation>Groep %1 ziet %2 niet.</translation>
    </message>
    <message>
        <source>Consider an activity from this world.</source>
        <translation>Plan eens een activiteit uit deze wereld.</translation>
    </message>
    <message numerus="yes">
        <source>Grade %1 · %2: %n chain(s)</source>
        <translation>
            <numerusform>Groep %1 · %2: %n keten</numerusform>
            <numerusform>Groep %1 · %2: %n ketens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Evaluation of %1</source>
        <translation>Evaluatie van %1</translation>
    </message>
</context>
<context>
    <name>FindingListModel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>No preparation lesson</source>
        <translation>Geen voorbereidingsles</translation>
    </message>
    <message>
        <source>Too many preparation lessons</source>
        <translation>Te veel voorbereidingslessen</translation>
    </message>
    <message>
        <source>Preparation not before the activity</source>
        <translation>Voorbereiding niet vóór de activiteit</translation>
    </message>
    <message>
        <source>No reflection lesson</source>
        <translation>Geen reflectieles</translation>
    </message>
    <message>
        <source>Too many reflection lessons</source>
        <translation>Te veel reflectielessen</translation>
    </message>
    <message>
        <source>Reflection not after the activity</source>
        <translation>Reflectie niet na de activiteit</translation>
    </message>
    <message>
        <source>Not a school day</source>
        <translation>Geen schooldag</translation>
    </message>
    <message>
        <source>Company&apos;s minimum grade</source>
        <translation>Minimumgroep van het bedrijf</translation>
    </message>
    <message>
        <source>Outside the activity&apos;s grades</source>
        <translation>Buiten de groepen van de activiteit</translation>
    </message>
    <message>
        <source>Late in the school year</source>
        <translation>Laat in het schooljaar</translation>
    </message>
    <message>
        <source>Preparation too early</source>
        <translation>Voorbereiding te vroeg</translation>
    </message>
    <message>
        <source>Reflection too late</source>
        <translation>Reflectie te laat</translation>
    </message>
    <message>
        <source>No question about attitudes</source>
        <translation>Geen vraag over houding</translation>
    </message>
    <message>
        <source>No role model against stereotypes</source>
        <translation>Geen rolmodel tegen vooroordelen</translation>
    </message>
    <message>
        <source>Only one role model</source>
        <translation>Maar één rolmodel</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Class without a chain</source>
        <translation>Klas zonder keten</translation>
    </message>
    <message>
        <source>World not met</source>
        <translation>Wereld niet ontmoet</translation>
    </message>
    <message>
        <source>Company not confirmed</source>
        <translation>Bedrijf niet bevestigd</translation>
    </message>
    <message>
        <source>Safety rules not checked</source>
        <translation>Veiligheidsregels niet nagekeken</translation>
    </message>
    <message>
        <source>Transport not arranged</source>
        <translation>Vervoer niet geregeld</translation>
    </message>
    <message>
        <source>Too few companions</source>
        <translation>Te weinig begeleiders</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>whole school</source>
        <translation>hele school</translation>
    </message>
    <message>
        <source>Double-click to open the chain.</source>
        <translation>Dubbelklik om de keten te openen.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>No errors: the chain can be planned.</source>
        <translation>Geen fouten: de keten kan op Gepland.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Geen waarschuwingen.</translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Fouten (%n)</numerusform>
            <numerusform>Fouten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Waarschuwingen (%n)</numerusform>
            <numerusform>Waarschuwingen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message>
        <source>Edit the school&apos;s goals</source>
        <translation>Doelen van de school wijzigen</translation>
    </message>
</context>
<context>
    <name>GoalText</name>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>Op weg</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Cannot be measured yet</source>
        <translation>Nog niet te meten</translation>
    </message>
    <message>
        <source>Seven worlds</source>
        <translation>Zeven werelden</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Counter-stereotype</source>
        <translation>Tegen-stereotiep</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>Eerste helft</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <source>Every pupil meets all seven worlds of technology between grade %1 and %2</source>
        <translation>Elke leerling ontmoet alle zeven werelden van techniek tussen groep %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>Every pupil meets at least %n companies between grade %1 and %2</source>
        <translation>
            <numerusform>Elke leerling ontmoet minstens %n bedrijf tussen groep %1 en %2</numerusform>
            <numerusform>Elke leerling ontmoet minstens %n bedrijven tussen groep %1 en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chain with a role model who breaks a stereotype</source>
        <translation>Elke keten met een rolmodel dat een vooroordeel doorbreekt</translation>
    </message>
    <message numerus="yes">
        <source>Every chain with %n reflection lesson(s)</source>
        <translation>
            <numerusform>Elke keten met %n reflectieles</numerusform>
            <numerusform>Elke keten met %n reflectielessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n of them about attitudes and stereotypes</source>
        <translation>
            <numerusform>%1, waarvan %n over houding en vooroordelen</numerusform>
            <numerusform>%1, waarvan %n over houding en vooroordelen</numerusform>
        </translation>
    </message>
    <message>
        <source>The activities in the first half of the school year (before %1)</source>
        <translation>De activiteiten in de eerste helft van het schooljaar (vóór %1)</translation>
    </message>
    <message>
        <source>At least %2% of the activities in the first half of the school year (before %1)</source>
        <translation>Minstens %2% van de activiteiten in de eerste helft van het schooljaar (vóór %1)</translation>
    </message>
    <message numerus="yes">
        <source>Parents involved in at least %n chain(s) per grade per school year</source>
        <translation>
            <numerusform>Ouders betrokken bij minstens %n keten per groep per schooljaar</numerusform>
            <numerusform>Ouders betrokken bij minstens %n ketens per groep per schooljaar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n world(s)</source>
        <translation>
            <numerusform>%1 van %n wereld</numerusform>
            <numerusform>%1 van %n werelden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n companies</source>
        <translation>
            <numerusform>%1 van %n bedrijf</numerusform>
            <numerusform>%1 van %n bedrijven</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 with what is planned</source>
        <translation>, %1 met wat gepland is</translation>
    </message>
    <message>
        <source>; not met or planned yet: %1</source>
        <translation>; nog niet ontmoet of gepland: %1</translation>
    </message>
    <message>
        <source>; earlier grades are not in the program</source>
        <translation>; eerdere groepen staan niet in het programma</translation>
    </message>
    <message>
        <source>no chains in which pupils meet people</source>
        <translation>geen ketens waarin de leerlingen mensen ontmoeten</translation>
    </message>
    <message>
        <source>no chains yet</source>
        <translation>nog geen ketens</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n chain(s)</source>
        <translation>
            <numerusform>%1 van %n keten</numerusform>
            <numerusform>%1 van %n ketens</numerusform>
        </translation>
    </message>
    <message>
        <source> (goal %1%)</source>
        <translation> (doel %1%)</translation>
    </message>
    <message>
        <source>; still within reach with the planned chains</source>
        <translation>; nog te halen met de geplande ketens</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cohort(s) reached</source>
        <translation>
            <numerusform>%1 van %n cohort bereikt</numerusform>
            <numerusform>%1 van %n cohorten bereikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n grade(s) reached</source>
        <translation>
            <numerusform>%1 van %n groep bereikt</numerusform>
            <numerusform>%1 van %n groepen bereikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n year(s) reached</source>
        <translation>
            <numerusform>%1 van %n jaar bereikt</numerusform>
            <numerusform>%1 van %n jaren bereikt</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on its way</source>
        <translation>, %1 op weg</translation>
    </message>
    <message>
        <source>, %1 not reached</source>
        <translation>, %1 niet bereikt</translation>
    </message>
    <message>
        <source>, %1 cannot be measured yet</source>
        <translation>, %1 nog niet te meten</translation>
    </message>
    <message>
        <source>; for a cohort, earlier grades are not in the program</source>
        <translation>; van een cohort staan eerdere groepen niet in het programma</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>The school&apos;s vision and goals</source>
        <translation>Visie en doelen van de school</translation>
    </message>
    <message>
        <source>The school&apos;s vision</source>
        <translation>De visie van de school</translation>
    </message>
    <message>
        <source>In a few sentences: what the school wants its pupils to take with them from career orientation.</source>
        <translation>In een paar zinnen: wat de school wil dat de leerlingen meenemen uit de beroepsoriëntatie.</translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation>&amp;Visie</translation>
    </message>
    <message>
        <source>All goals to their defaults</source>
        <translation>Alle doelen naar de standaard</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standaard: %1</translation>
    </message>
    <message>
        <source>Untick to leave this goal out of the overview.</source>
        <translation>Zet het vinkje uit om dit doel niet in het overzicht te tonen.</translation>
    </message>
    <message>
        <source>At least this many companies:</source>
        <translation>Minstens zoveel bedrijven:</translation>
    </message>
    <message>
        <source>From grade:</source>
        <translation>Vanaf groep:</translation>
    </message>
    <message>
        <source>Up to and including grade:</source>
        <translation>Tot en met groep:</translation>
    </message>
    <message>
        <source>Reflection lessons per chain:</source>
        <translation>Reflectielessen per keten:</translation>
    </message>
    <message>
        <source>Of them about attitudes:</source>
        <translation>Waarvan over houding:</translation>
    </message>
    <message>
        <source>The second half starts on:</source>
        <translation>De tweede helft begint op:</translation>
    </message>
    <message>
        <source>Share of the activities before it:</source>
        <translation>Deel van de activiteiten daarvoor:</translation>
    </message>
    <message>
        <source>Chains with parents per grade per year:</source>
        <translation>Ketens met ouders per groep per jaar:</translation>
    </message>
    <message>
        <source>For now the program knows of parents only in a parent&apos;s guest lesson from the catalogue; for other chains the goal shows &quot;cannot be measured yet&quot;.</source>
        <translation>Voorlopig weet het programma alleen bij een gastles door een ouder uit de catalogus dat er ouders bij waren; bij andere ketens toont het doel &quot;nog niet te meten&quot;.</translation>
    </message>
    <message>
        <source>Counted in the chains in which pupils meet people (a visit, a guest lesson, an internship, or a chain with a company). Tick &quot;breaks a stereotype&quot; at the role model in the company network.</source>
        <translation>Geteld in de ketens waarin leerlingen mensen ontmoeten (een bezoek, een gastles, een stage of een keten met een bedrijf). Vink &quot;doorbreekt een vooroordeel&quot; aan bij het rolmodel in het bedrijvennetwerk.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Set this goal back to the research&apos;s default: %1</source>
        <translation>Zet dit doel terug op de standaard uit het onderzoek: %1</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>&amp;Edit vision and goals…</source>
        <translation>Visie en doelen &amp;bewerken…</translation>
    </message>
    <message>
        <source>The school&apos;s goals</source>
        <translation>De doelen van de school</translation>
    </message>
    <message>
        <source>Vision: %1</source>
        <translation>Visie: %1</translation>
    </message>
    <message>
        <source>The school has not written its vision yet.</source>
        <translation>De school heeft haar visie nog niet beschreven.</translation>
    </message>
    <message>
        <source>There is no school year yet.</source>
        <translation>Er is nog geen schooljaar.</translation>
    </message>
    <message>
        <source>The school follows no goals; switch them on with Edit.</source>
        <translation>De school volgt geen doelen; zet ze aan met Bewerken.</translation>
    </message>
    <message>
        <source>School year %1, as the plan stands today. The goals about all seven worlds and the companies are about cohorts: here, how the cohorts in those grades this year are doing (Per cohort shows each).</source>
        <translation>Schooljaar %1, zoals de planning er vandaag voor staat. De doelen over de zeven werelden en de bedrijven gaan over cohorten: hier hoe het de cohorten in die groepen dit jaar vergaat (Per cohort toont elk cohort).</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Getallen</translation>
    </message>
    <message>
        <source>Per cohort at school in %1 (named by the year it leaves grade 8), as the plan stands today; hover over a cell for the numbers.</source>
        <translation>Per cohort dat in %1 op school zit (genoemd naar het jaar waarin het groep 8 verlaat), zoals de planning er vandaag voor staat; wijs een vakje aan voor de getallen.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Leaves grade 8 in %1</source>
        <translation>Verlaat groep 8 in %1</translation>
    </message>
    <message>
        <source>Goals not saved</source>
        <translation>Doelen niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>GroupOneStep</name>
    <message>
        <source>The new grade 1</source>
        <translation>De nieuwe groep 1</translation>
    </message>
    <message>
        <source>A new grade 1 starts empty, or with the names of a class list. Double-click a name or teacher to change it.</source>
        <translation>Een nieuwe groep 1 begint leeg, of met de namen van een klassenlijst. Dubbelklik op een naam of leerkracht om die te wijzigen.</translation>
    </message>
    <message>
        <source>New classes</source>
        <translation>Nieuwe klassen</translation>
    </message>
    <message>
        <source>Empty: add the pupils later, on the Classes page.</source>
        <translation>Leeg: voeg de leerlingen later toe, op de pagina Klassen.</translation>
    </message>
    <message>
        <source>Pupils of the new class</source>
        <translation>Leerlingen van de nieuwe klas</translation>
    </message>
    <message>
        <source>&amp;Class list…</source>
        <translation>&amp;Klassenlijst…</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>&amp;Leeg</translation>
    </message>
    <message>
        <source>&amp;Add a grade 1</source>
        <translation>&amp;Groep 1 erbij</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Weglaten</translation>
    </message>
    <message>
        <source>No new class without pupils of last year.</source>
        <translation>Geen nieuwe klas zonder leerlingen van vorig jaar.</translation>
    </message>
    <message numerus="yes">
        <source>Pupils of %1 (%n)</source>
        <translation>
            <numerusform>Leerlingen van %1 (%n)</numerusform>
            <numerusform>Leerlingen van %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>1 chain</source>
        <translation>1 keten</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 of meer</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import companies from %1</source>
        <translation>Bedrijven inlezen uit %1</translation>
    </message>
    <message>
        <source>Import class list into %1</source>
        <translation>Klassenlijst inlezen in %1</translation>
    </message>
</context>
<context>
    <name>LessonTableModel</name>
    <message>
        <source>Double-click a lesson&apos;s date or title to change it.</source>
        <translation>Dubbelklik op de datum of de titel van een les om die te wijzigen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>No school day: %1</source>
        <translation>Geen schooldag: %1</translation>
    </message>
    <message>
        <source>Change the date of the activity above the table.</source>
        <translation>Wijzig de datum van de activiteit boven de tabel.</translation>
    </message>
    <message>
        <source>Double-click to choose another date.</source>
        <translation>Dubbelklik om een andere datum te kiezen.</translation>
    </message>
    <message>
        <source>The activity&apos;s title comes from the catalog.</source>
        <translation>De titel van de activiteit komt uit de catalogus.</translation>
    </message>
    <message>
        <source>Double-click (or F2) to change the title.</source>
        <translation>Dubbelklik (of F2) om de titel te wijzigen.</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
</context>
<context>
    <name>LetterVariantCombo</name>
    <message>
        <source>Concrete: the jobs, worlds and people of this activity</source>
        <translation>Concreet: de beroepen, werelden en mensen van deze activiteit</translation>
    </message>
    <message>
        <source>Broad: jobs of the future, technology one route</source>
        <translation>Breed: beroepen van de toekomst, techniek één route</translation>
    </message>
    <message>
        <source>What the parent letter tells after the practical part. Concrete names the professions, worlds and role models of the chosen company (or of the activity without a company); with none known the letter stays broad.</source>
        <translation>Wat de ouderbrief vertelt na het praktische deel. Concreet noemt de beroepen, werelden en rolmodellen van het gekozen bedrijf (of van de activiteit zonder bedrijf); is daarvan niets bekend, dan blijft de brief breed.</translation>
    </message>
</context>
<context>
    <name>LockedYear</name>
    <message>
        <source>Lock school year %1</source>
        <translation>Schooljaar %1 afsluiten</translation>
    </message>
    <message>
        <source>Unlock school year %1</source>
        <translation>Schooljaar %1 ontgrendelen</translation>
    </message>
</context>
<context>
    <name>LockedYearBanner</name>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>School year %1 is closed: read only.</source>
        <translation>Schooljaar %1 is afgesloten: alleen lezen.</translation>
    </message>
    <message>
        <source>Make school year %1 changeable again. Edit &gt; Undo locks it again.</source>
        <translation>Maak schooljaar %1 weer te wijzigen. Bewerken &gt; Ongedaan maken sluit het weer af.</translation>
    </message>
    <message>
        <source>The school year was not unlocked</source>
        <translation>Het schooljaar is niet ontgrendeld</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>Another unexpected error; the details are in the log file.</source>
        <translation>Nog een onverwachte fout; de details staan in het logbestand.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong that should not have happened. What you were doing may not have been finished: please check it.</source>
        <translation>Er ging iets mis dat niet had mogen gebeuren. Wat u aan het doen was, is misschien niet afgemaakt: controleer het even.</translation>
    </message>
    <message>
        <source>The details are in the log file (Help &gt; Open log file), without personal data. If it happens again, send that file to whoever helps you with Beroepsplanner:
%1</source>
        <translation>De details staan in het logbestand (Help &gt; Logbestand openen), zonder persoonsgegevens. Gebeurt het vaker, stuur dat bestand dan naar wie u met Beroepsplanner helpt:
%1</translation>
    </message>
    <message>
        <source>The log file cannot be opened from here. It is saved as:
%1</source>
        <translation>Het logbestand kan hier niet worden geopend. Het staat in:
%1</translation>
    </message>
    <message>
        <source>There is no log file yet. It will be saved as:
%1</source>
        <translation>Er is nog geen logbestand. Het komt te staan in:
%1</translation>
    </message>
    <message>
        <source>Open log file</source>
        <translation>Logbestand openen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Screens</source>
        <translation>Schermen</translation>
    </message>
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
        <source>Connect to &amp;school server…</source>
        <translation>Verbinden met &amp;schoolserver…</translation>
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
        <source>New school &amp;year…</source>
        <translation>Nieuw &amp;schooljaar…</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>Plan e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>Plan &amp;importeren…</translation>
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
        <source>School &amp;year: study days and holidays…</source>
        <translation>School&amp;jaar: studiedagen en vakanties…</translation>
    </message>
    <message>
        <source>S&amp;chool: name, place and region…</source>
        <translation>S&amp;chool: naam, plaats en regio…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation>&amp;Logbestand openen</translation>
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
        <source>Everything in the database %1 on the school server is replaced by the back-up %2, for every colleague. What it holds now is kept in a back-up file first. Ask your colleagues to close Beroepsplanner. Continue?</source>
        <translation>Alles in de database %1 op de schoolserver wordt vervangen door de back-up %2, voor alle collega&apos;s. Wat er nu in staat, wordt eerst bewaard in een back-upbestand. Vraag uw collega&apos;s Beroepsplanner te sluiten. Doorgaan?</translation>
    </message>
    <message>
        <source>Back-up restored; what the server held is kept in %1</source>
        <translation>Back-up teruggezet; wat er op de server stond, is bewaard in %1</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Wachtwoord niet bewaard</translation>
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
        <source>before-restore</source>
        <translation>voor-terugzetten</translation>
    </message>
    <message>
        <source>Restoring failed</source>
        <translation>Terugzetten mislukt</translation>
    </message>
    <message>
        <source>Back-up restored; the previous file is kept as %1</source>
        <translation>Back-up teruggezet; het vorige bestand is bewaard als %1</translation>
    </message>
    <message>
        <source>New school year</source>
        <translation>Nieuw schooljaar</translation>
    </message>
    <message>
        <source>School year %1 made. Edit &gt; Undo takes the whole move back.</source>
        <translation>Schooljaar %1 gemaakt. Bewerken &gt; Ongedaan maken neemt de hele overgang terug.</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Plan exporteren</translation>
    </message>
    <message>
        <source>Plan file (*.json)</source>
        <translation>Planbestand (*.json)</translation>
    </message>
    <message>
        <source>Plan written to %1: %2 classes, %3 chains</source>
        <translation>Plan geschreven naar %1: %2 klassen, %3 ketens</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan importeren</translation>
    </message>
    <message>
        <source>These classes already exist in school year %1: %2. Replace them, with their pupils and chains, by the classes of the file?</source>
        <translation>Deze klassen bestaan al in schooljaar %1: %2. Wilt u ze, met hun leerlingen en ketens, vervangen door de klassen uit het bestand?</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>back-up</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>The manual (%1) is missing from this installation. Install Beroepsplanner again to get it back.</source>
        <translation>De handleiding (%1) ontbreekt in deze installatie. Installeer Beroepsplanner opnieuw om haar terug te krijgen.</translation>
    </message>
</context>
<context>
    <name>MergeClassesDialog</name>
    <message>
        <source>Merge %1 with another class</source>
        <translation>%1 samenvoegen met een andere klas</translation>
    </message>
    <message>
        <source>The pupils of both classes go on in one class. Two grades make a combined class (such as grades 5 and 6); it is kept under one grade, whose chains of last year come back.</source>
        <translation>De leerlingen van beide klassen gaan samen verder in één klas. Twee groepen samen vormen een combinatieklas (zoals groep 5/6); die wordt bewaard onder één groep, waarvan de ketens van vorig jaar terugkomen.</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Samenvoegen &amp;met:</translation>
    </message>
    <message>
        <source>&amp;Name of the merged class:</source>
        <translation>&amp;Naam van de samengevoegde klas:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>%1 (from %2):</source>
        <translation>%1 (uit %2):</translation>
    </message>
    <message numerus="yes">
        <source>%n pupils of %1 have a name a pupil of %2 has too. Give them another name in the merged class, for example with the first letter of the surname.</source>
        <translation>
            <numerusform>%n leerling van %1 heeft dezelfde naam als een leerling van %2. Geef die in de samengevoegde klas een andere naam, bijvoorbeeld met de eerste letter van de achternaam.</numerusform>
            <numerusform>%n leerlingen van %1 hebben dezelfde naam als een leerling van %2. Geef ze in de samengevoegde klas een andere naam, bijvoorbeeld met de eerste letter van de achternaam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the merged class a name of its own.</source>
        <translation>Geef de samengevoegde klas een eigen naam.</translation>
    </message>
    <message>
        <source>Two pupils would both be called %1. Give each a name of its own.</source>
        <translation>Twee leerlingen zouden allebei %1 heten. Geef elk een eigen naam.</translation>
    </message>
</context>
<context>
    <name>NextYear</name>
    <message>
        <source>New school year %1</source>
        <translation>Nieuw schooljaar %1</translation>
    </message>
</context>
<context>
    <name>NextYearClassModel</name>
    <message>
        <source>New class</source>
        <translation>Nieuwe klas</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <source>From last year</source>
        <translation>Van vorig jaar</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
</context>
<context>
    <name>NextYearWizard</name>
    <message>
        <source>New school year %1</source>
        <translation>Nieuw schooljaar %1</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Doen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>School year:</source>
        <translation>Schooljaar:</translation>
    </message>
    <message>
        <source>No chain of this school year has been counted before and after yet: count the logbooks&apos; answers in the chain&apos;s “Before and after” tab.</source>
        <translation>Van dit schooljaar is nog geen keten vóór en na geteld: tel de antwoorden uit de logboeken op het tabblad “Voor en na” van de keten.</translation>
    </message>
    <message numerus="yes">
        <source>Answers to “who can do this work?”, before → after, over the %n chain(s) counted at both moments (%1 answers before, %2 after). File &gt; Print &gt; Report puts them on paper.</source>
        <translation>
            <numerusform>Antwoorden op “wie kan dit werk doen?”, voor → na, over de %n keten die op beide momenten is geteld (%1 antwoorden voor, %2 na). Bestand &gt; Afdrukken &gt; Verslag zet ze op papier.</numerusform>
            <numerusform>Antwoorden op “wie kan dit werk doen?”, voor → na, over de %n ketens die op beide momenten zijn geteld (%1 antwoorden voor, %2 na). Bestand &gt; Afdrukken &gt; Verslag zet ze op papier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worlds of technology per grade</source>
        <translation>Werelden van techniek per groep</translation>
    </message>
    <message>
        <source>Chains and worlds per class</source>
        <translation>Ketens en werelden per klas</translation>
    </message>
    <message>
        <source>Per grade</source>
        <translation>Per groep</translation>
    </message>
    <message>
        <source>Per cohort</source>
        <translation>Per cohort</translation>
    </message>
    <message>
        <source>The line per cohort</source>
        <translation>De lijn per cohort</translation>
    </message>
    <message>
        <source>Before and after per grade</source>
        <translation>Voor en na per groep</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fouten en waarschuwingen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fouten (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Waarschuwingen (%1)</translation>
    </message>
    <message>
        <source>Errors and warnings (%1)</source>
        <translation>Fouten en waarschuwingen (%1)</translation>
    </message>
    <message>
        <source>Per class (%1)</source>
        <translation>Per klas (%1)</translation>
    </message>
    <message>
        <source>Per cohort (%1)</source>
        <translation>Per cohort (%1)</translation>
    </message>
    <message>
        <source>Before and after (%1)</source>
        <translation>Voor en na (%1)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>To evaluate (%1)</source>
        <translation>Te evalueren (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n keten</numerusform>
            <numerusform>%n ketens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Worlds of technology per cohort, grades 4–8</source>
        <translation>Werelden van techniek per cohort, groep 4–8</translation>
    </message>
    <message>
        <source>There is no school year yet.</source>
        <translation>Er is nog geen schooljaar.</translation>
    </message>
    <message>
        <source>Grades 4–8 never meet: %1.</source>
        <translation>Groep 4–8 ziet nergens: %1.</translation>
    </message>
    <message>
        <source>Grades 4–8 together meet all seven worlds of technology.</source>
        <translation>Groep 4–8 zien samen alle zeven werelden van techniek.</translation>
    </message>
    <message>
        <source>Cohorts with a world of technology not met and not planned: %1. A cohort is named by the year it leaves grade 8.</source>
        <translation>Cohorten die een wereld van techniek niet hebben ontmoet en niet hebben gepland: %1. Een cohort heet naar het jaar waarin het groep 8 verlaat.</translation>
    </message>
    <message>
        <source>Every cohort meets or has planned all seven worlds of technology from grade 4 to 8 (as far as its line is in the program). A cohort is named by the year it leaves grade 8.</source>
        <translation>Elk cohort ontmoet of plant alle zeven werelden van techniek van groep 4 tot en met 8 (voor zover zijn lijn in het programma staat). Een cohort heet naar het jaar waarin het groep 8 verlaat.</translation>
    </message>
</context>
<context>
    <name>ParentCommands</name>
    <message>
        <source>Add parent %1</source>
        <translation>Ouder %1 toevoegen</translation>
    </message>
    <message>
        <source>Edit parent %1</source>
        <translation>Ouder %1 bewerken</translation>
    </message>
    <message>
        <source>Remove parent %1</source>
        <translation>Ouder %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>ParentDialog</name>
    <message>
        <source>Edit parent %1</source>
        <translation>Ouder %1 bewerken</translation>
    </message>
    <message>
        <source>Add parent</source>
        <translation>Ouder toevoegen</translation>
    </message>
    <message>
        <source>Only with the parent&apos;s consent. A first name only: no surname, address or telephone number (you reach the parent through the child).</source>
        <translation>Alleen met toestemming van de ouder. Alleen een voornaam: geen achternaam, adres of telefoonnummer (u bereikt de ouder via het kind).</translation>
    </message>
    <message>
        <source>for example Fatima</source>
        <translation>bijvoorbeeld Fatima</translation>
    </message>
    <message>
        <source>for example nurse, or what the parent calls it</source>
        <translation>bijvoorbeeld verpleegkundige, of hoe de ouder het zelf noemt</translation>
    </message>
    <message>
        <source>Breaks a &amp;stereotype (a father who is a nurse, a mother who is a mechanic)</source>
        <translation>Doorbreekt een &amp;vooroordeel (een vader als verpleegkundige, een moeder als monteur)</translation>
    </message>
    <message>
        <source>a company of the network, or free text (optional)</source>
        <translation>een bedrijf uit het netwerk, of vrije tekst (mag leeg)</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Datum van toestemming</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>for example: prefers Wednesday afternoons</source>
        <translation>bijvoorbeeld: liefst op woensdagmiddag</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Class of the child:</source>
        <translation>&amp;Klas van het kind:</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Beroep:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Werkplek:</translation>
    </message>
    <message>
        <source>Offers:</source>
        <translation>Biedt aan:</translation>
    </message>
    <message>
        <source>&amp;Consent given on:</source>
        <translation>&amp;Toestemming gegeven op:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Opslaan en &amp;volgende</translation>
    </message>
    <message>
        <source>%1 is in the register. Fill in the next parent, or close.</source>
        <translation>%1 staat in het register. Vul de volgende ouder in, of sluit.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ParentGuestRow</name>
    <message>
        <source>&amp;Guest (parent):</source>
        <translation>&amp;Gast (ouder):</translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation>Voorstellen…</translation>
    </message>
    <message>
        <source>Parents of the register who offered a guest lesson, best first</source>
        <translation>Ouders uit het register die een gastles aanbieden, de best passende eerst</translation>
    </message>
    <message>
        <source>— no parent —</source>
        <translation>— geen ouder —</translation>
    </message>
</context>
<context>
    <name>ParentOffers</name>
    <message>
        <source>guest lesson</source>
        <translation>gastles</translation>
    </message>
    <message>
        <source>visit to the workplace</source>
        <translation>bezoek aan de werkplek</translation>
    </message>
    <message>
        <source>accompanying</source>
        <translation>begeleiden</translation>
    </message>
    <message>
        <source>techniek-event</source>
        <translation>techniekevenement</translation>
    </message>
</context>
<context>
    <name>ParentSuggestionModel</name>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>ParentSuggestions</name>
    <message>
        <source>parent from %1</source>
        <translation>ouder uit %1</translation>
    </message>
    <message>
        <source>%1 has not met %2 yet</source>
        <translation>%1 ontmoette %2 nog niet</translation>
    </message>
    <message>
        <source>fits %1</source>
        <translation>past bij %1</translation>
    </message>
    <message>
        <source>job unknown</source>
        <translation>beroep onbekend</translation>
    </message>
    <message>
        <source>breaks a stereotype</source>
        <translation>doorbreekt een vooroordeel</translation>
    </message>
    <message>
        <source>already a guest %1 times with %2 this school year</source>
        <translation>dit schooljaar al %1 keer gast bij %2</translation>
    </message>
    <message>
        <source>already a guest with %2 this school year</source>
        <translation>dit schooljaar al gast bij %2</translation>
    </message>
</context>
<context>
    <name>ParentSuggestionsDialog</name>
    <message>
        <source>Parents who fit</source>
        <translation>Passende ouders</translation>
    </message>
    <message>
        <source>Parents who offered a guest lesson: first a job in a world the class has not met yet, a parent of the class itself, a parent who breaks a stereotype.</source>
        <translation>Ouders die een gastles aanbieden: eerst een beroep uit een wereld die de klas nog niet ontmoette, een ouder uit de klas zelf, een ouder die een vooroordeel doorbreekt.</translation>
    </message>
    <message>
        <source>No parent in the register offered a guest lesson yet (Classes &gt; Parents).</source>
        <translation>Nog geen ouder in het register biedt een gastles aan (Klassen &gt; Ouders).</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
</context>
<context>
    <name>ParentTableModel</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>The date on which the parent consented to be in the register</source>
        <translation>De datum waarop de ouder toestemming gaf om in het register te staan</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Biedt aan</translation>
    </message>
    <message>
        <source>breaks a stereotype</source>
        <translation>doorbreekt een vooroordeel</translation>
    </message>
</context>
<context>
    <name>ParentsPanel</name>
    <message>
        <source>What parents offer, kept with their consent: a first name, the child&apos;s class, the job and what they can do. Fill it in from the letter&apos;s reply strips. A parent who gives a guest lesson is a role model without a company.</source>
        <translation>Wat ouders aanbieden, bewaard met hun toestemming: een voornaam, de klas van het kind, het beroep en wat de ouder kan doen. Vul het in vanaf de strookjes van de ouderbrief. Een ouder die een gastles geeft, is een rolmodel zonder bedrijf.</translation>
    </message>
    <message>
        <source>Search name, job, workplace, offer…</source>
        <translation>Zoek op naam, beroep, werkplek, aanbod…</translation>
    </message>
    <message>
        <source>Search the parents</source>
        <translation>Zoek in de ouders</translation>
    </message>
    <message>
        <source>Show the parents of</source>
        <translation>Toon de ouders van</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klas:</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <source>No parents in the register for this school year yet.</source>
        <translation>Nog geen ouders in het register voor dit schooljaar.</translation>
    </message>
    <message>
        <source>Add parent…</source>
        <translation>Ouder toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Gegevens exporteren…</translation>
    </message>
    <message>
        <source>Everything stored about this parent, as a file</source>
        <translation>Alles wat over deze ouder is bewaard, als bestand</translation>
    </message>
    <message>
        <source>all classes</source>
        <translation>alle klassen</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>De wijziging is niet doorgevoerd</translation>
    </message>
    <message>
        <source>%1 taken out of the register. Edit &gt; Undo brings them back.</source>
        <translation>%1 uit het register gehaald. Bewerken &gt; Ongedaan maken zet de ouder terug.</translation>
    </message>
    <message>
        <source>Export the data of %1</source>
        <translation>Gegevens van %1 exporteren</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <source>Export parent data</source>
        <translation>Gegevens van de ouder exporteren</translation>
    </message>
    <message>
        <source>Everything stored about %1 is in %2.</source>
        <translation>Alles wat over %1 is opgeslagen staat in %2.</translation>
    </message>
</context>
<context>
    <name>PlaceWarning</name>
    <message>
        <source>in a folder that %1 synchronises</source>
        <translation>in een map die %1 synchroniseert</translation>
    </message>
    <message>
        <source>on a network drive</source>
        <translation>op een netwerkschijf</translation>
    </message>
    <message>
        <source>on a network drive (%1)</source>
        <translation>op een netwerkschijf (%1)</translation>
    </message>
    <message>
        <source>The database %1 is %2. There a database file can get damaged, or changes can be lost, especially when several people or computers use it.

Put the file on this computer&apos;s own disk (and make back-ups), work with the whole team on a school server (File &gt; Connect to school server…; the school&apos;s IT provider moves the file there with &apos;beroepsplanner db copy&apos;, see docs/school-server.md), or exchange a plan with a plan file (File &gt; Export plan…).</source>
        <translation>De database %1 staat %2. Daar kan een databasebestand beschadigd raken of kunnen wijzigingen verloren gaan, vooral als meer mensen of computers hem gebruiken.

Zet het bestand op de eigen schijf van deze computer (en maak back-ups), werk met het hele team op een schoolserver (Bestand &gt; Verbinden met schoolserver…; de ICT-beheerder zet het bestand daar met &apos;beroepsplanner db copy&apos;, zie docs/school-server.md), of geef een planning door met een planbestand (Bestand &gt; Plan exporteren…).</translation>
    </message>
    <message>
        <source>Database in a risky place</source>
        <translation>Database op een riskante plek</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>before-plan-import</source>
        <translation>voor-planimport</translation>
    </message>
    <message>
        <source>Imported into the school years %1: %2 classes (%3 replaced), %4 pupils, %5 new companies, %6 chains (%7 as concept because they break a rule). A back-up of the database from before the import is in %8.</source>
        <translation>Ingelezen in de schooljaren %1: %2 klassen (%3 vervangen), %4 leerlingen, %5 nieuwe bedrijven, %6 ketens (%7 als concept omdat ze een regel breken). Een back-up van de database van vóór het inlezen staat in %8.</translation>
    </message>
    <message>
        <source>Imported into school year %1: %2 classes (%3 replaced), %4 pupils, %5 new companies, %6 chains (%7 as concept because they break a rule). A back-up of the database from before the import is in %8.</source>
        <translation>Ingelezen in schooljaar %1: %2 klassen (%3 vervangen), %4 leerlingen, %5 nieuwe bedrijven, %6 ketens (%7 als concept omdat ze een regel breken). Een back-up van de database van vóór het inlezen staat in %8.</translation>
    </message>
</context>
<context>
    <name>PlannerLegend</name>
    <message>
        <source>concept</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>vakantie</translation>
    </message>
    <message>
        <source>study day</source>
        <translation>studiedag</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>feestdag</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>A chain: preparation lessons (circles), the activity (block) and reflection lessons (diamonds).</source>
        <translation>Een keten: voorbereidingslessen (rondjes), de activiteit (blok) en reflectielessen (ruitjes).</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Drag a chain to another week · double-click to open</source>
        <translation>Sleep een keten naar een andere week · dubbelklik om te openen</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>New chain…</source>
        <translation>Nieuwe keten…</translation>
    </message>
    <message>
        <source>Build a new chain for the selected class (Ctrl+Shift+N)</source>
        <translation>Een nieuwe keten maken voor de gekozen klas (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Show more weeks (Ctrl+scroll wheel)</source>
        <translation>Meer weken tonen (Ctrl+scrollwiel)</translation>
    </message>
    <message>
        <source>Widen the weeks (Ctrl+scroll wheel)</source>
        <translation>Weken breder maken (Ctrl+scrollwiel)</translation>
    </message>
    <message>
        <source>Year plan of the classes</source>
        <translation>Jaarplanning van de klassen</translation>
    </message>
    <message>
        <source>Arrow keys: choose a class and a chain. Enter: open the chain. Insert or Ctrl+Shift+N: a new chain. Ctrl+arrow or Alt+arrow: move the chain a week.</source>
        <translation>Pijltjestoetsen: kies een klas en een keten. Enter: open de keten. Insert of Ctrl+Shift+N: een nieuwe keten. Ctrl+pijltje of Alt+pijltje: verplaats de keten een week.</translation>
    </message>
    <message>
        <source>There are no classes yet. Add a class first under Classes; then its chains appear here on the weeks of the school year.</source>
        <translation>Er zijn nog geen klassen. Voeg eerst een klas toe bij Klassen; daarna staan de ketens hier op de weken van het schooljaar.</translation>
    </message>
    <message>
        <source>Year plan</source>
        <translation>Jaarplanning</translation>
    </message>
    <message>
        <source>Double-click a chain to see it or write its observation</source>
        <translation>Dubbelklik op een keten om hem te bekijken of de observatie te schrijven</translation>
    </message>
    <message numerus="yes">
        <source>%n chains</source>
        <translation>
            <numerusform>%n keten</numerusform>
            <numerusform>%n ketens</numerusform>
        </translation>
    </message>
    <message>
        <source>Move ‘%1’ to week %2</source>
        <translation>‘%1’ naar week %2 verplaatsen</translation>
    </message>
    <message>
        <source>The chain was not moved</source>
        <translation>De keten is niet verplaatst</translation>
    </message>
    <message>
        <source>‘%1’ is a concept again: after the move it has an error. Double-click it to see and fix the error.</source>
        <translation>‘%1’ is weer een concept: na het verplaatsen heeft de keten een fout. Dubbelklik erop om de fout te zien en op te lossen.</translation>
    </message>
</context>
<context>
    <name>PrintChoices</name>
    <message>
        <source>Of what?</source>
        <translation>Waarvan?</translation>
    </message>
    <message>
        <source>Also concept chains with errors</source>
        <translation>Ook conceptketens met fouten</translation>
    </message>
    <message>
        <source>A concept chain with errors may still change date, company or lessons; its logbooks are left out unless you tick this.</source>
        <translation>Van een conceptketen met fouten kunnen datum, bedrijf of lessen nog veranderen; de logboeken ervan worden overgeslagen, tenzij u dit aanvinkt.</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Schooljaar:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klas:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Afdrukken:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Keten:</translation>
    </message>
    <message>
        <source>one chain</source>
        <translation>één keten</translation>
    </message>
    <message>
        <source>every chain of the class not done yet</source>
        <translation>alle ketens van de klas die nog niet zijn uitgevoerd</translation>
    </message>
    <message>
        <source>this class (A4)</source>
        <translation>deze klas (A4)</translation>
    </message>
    <message>
        <source>the whole school (A3)</source>
        <translation>de hele school (A3)</translation>
    </message>
    <message>
        <source>every pupil of the class</source>
        <translation>elke leerling van de klas</translation>
    </message>
    <message>
        <source>the whole school</source>
        <translation>de hele school</translation>
    </message>
    <message>
        <source>every parent (one A4, no class)</source>
        <translation>alle ouders (één A4, geen klas)</translation>
    </message>
    <message>
        <source>concept with errors</source>
        <translation>concept met fouten</translation>
    </message>
    <message>
        <source>There are no classes yet; add a class first.</source>
        <translation>Er zijn nog geen klassen; maak eerst een klas aan.</translation>
    </message>
    <message>
        <source>%1 has no pupils yet; there is nothing to print.</source>
        <translation>%1 heeft nog geen leerlingen; er is niets te printen.</translation>
    </message>
    <message>
        <source>%1 has no chains yet; there is nothing to print.</source>
        <translation>%1 heeft nog geen ketens; er is niets om af te drukken.</translation>
    </message>
    <message>
        <source>This chain has no company. A brief for the company is for a visit to a company or a guest lesson by a company: choose the company in the chain first.</source>
        <translation>Deze keten heeft geen bedrijf. Een brief voor het bedrijf is er voor een bezoek aan een bedrijf of een gastles van een bedrijf: kies eerst het bedrijf in de keten.</translation>
    </message>
    <message>
        <source>%1 has no chains left to print logbooks for; choose one chain.</source>
        <translation>%1 heeft geen ketens meer om logboeken voor af te drukken; kies één keten.</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n keten</numerusform>
            <numerusform>%n ketens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): the logbooks of %1.</source>
        <translation>
            <numerusform>%n bladzijde: de logboeken van %1.</numerusform>
            <numerusform>%n bladzijden: de logboeken van %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Niet meegenomen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): a logbook for every pupil and a blank copy.</source>
        <translation>
            <numerusform>%n bladzijde: een logboek voor elke leerling en een lege kopie.</numerusform>
            <numerusform>%n bladzijden: een logboek voor elke leerling en een lege kopie.</numerusform>
        </translation>
    </message>
    <message>
        <source>This chain is a concept with errors: its date, company or lessons may still change.</source>
        <translation>Deze keten is een concept met fouten: de datum, het bedrijf of de lessen kunnen nog veranderen.</translation>
    </message>
    <message>
        <source>logbooks</source>
        <translation>logboeken</translation>
    </message>
    <message>
        <source>lesson-sheets</source>
        <translation>lesbladen</translation>
    </message>
    <message>
        <source>parent-letter</source>
        <translation>ouderbrief</translation>
    </message>
    <message>
        <source>year-plan</source>
        <translation>jaarplanning</translation>
    </message>
    <message>
        <source>pupil-record</source>
        <translation>leerlingoverzicht</translation>
    </message>
    <message>
        <source>report</source>
        <translation>verslag</translation>
    </message>
    <message>
        <source>company-brief</source>
        <translation>brief-voor-het-bedrijf</translation>
    </message>
    <message>
        <source>cards-for-home</source>
        <translation>kaarten-voor-thuis</translation>
    </message>
    <message>
        <source>seven-worlds-of-technology</source>
        <translation>zeven-werelden-van-techniek</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluatie</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>What do you want to print?</source>
        <translation>Wat wilt u afdrukken?</translation>
    </message>
    <message>
        <source>Logbooks</source>
        <translation>Logboeken</translation>
    </message>
    <message>
        <source>a logbook for every pupil</source>
        <translation>een logboek voor elke leerling</translation>
    </message>
    <message>
        <source>Lesson sheets</source>
        <translation>Lesbladen</translation>
    </message>
    <message>
        <source>the preparation and reflection lessons of a chain</source>
        <translation>de voorbereidings- en reflectielessen van een keten</translation>
    </message>
    <message>
        <source>Parent letter</source>
        <translation>Ouderbrief</translation>
    </message>
    <message>
        <source>about the activity of a chain</source>
        <translation>over de activiteit van een keten</translation>
    </message>
    <message>
        <source>Year plan</source>
        <translation>Jaarplanning</translation>
    </message>
    <message>
        <source>the chains on a timeline of school weeks</source>
        <translation>de ketens op een tijdlijn van schoolweken</translation>
    </message>
    <message>
        <source>Pupil record</source>
        <translation>Overzicht per leerling</translation>
    </message>
    <message>
        <source>for every pupil of a class: what they took part in, over the years</source>
        <translation>voor elke leerling van een klas: waar die aan meedeed, door de jaren heen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>the school&apos;s figures of a school year, for the team and the board</source>
        <translation>de cijfers van de school in een schooljaar, voor het team en het bestuur</translation>
    </message>
    <message>
        <source>Brief for the company</source>
        <translation>Brief voor het bedrijf</translation>
    </message>
    <message>
        <source>who comes, what the pupils prepared, safety and a day programme</source>
        <translation>wie er komen, wat de kinderen voorbereiden, veiligheid en een dagprogramma</translation>
    </message>
    <message>
        <source>Cards for home</source>
        <translation>Kaarten voor thuis</translation>
    </message>
    <message>
        <source>after the activity: what we did and saw, questions for the dinner table</source>
        <translation>na de activiteit: wat we deden en zagen, vragen voor aan tafel</translation>
    </message>
    <message>
        <source>The seven worlds</source>
        <translation>De zeven werelden</translation>
    </message>
    <message>
        <source>a sheet for parents on the seven worlds of technology</source>
        <translation>een blad voor ouders over de zeven werelden van techniek</translation>
    </message>
    <message>
        <source>Evaluation forms</source>
        <translation>Evaluatieformulieren</translation>
    </message>
    <message>
        <source>for the company and for you, after a chain</source>
        <translation>voor het bedrijf en voor uzelf, na een keten</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-bestand</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF opslaan als</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>PDF maken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>This PDF will have %n page(s). Do you want to make it?</source>
        <translation>
            <numerusform>Deze PDF krijgt %n bladzijde. Wilt u hem maken?</numerusform>
            <numerusform>Deze PDF krijgt %n bladzijden. Wilt u hem maken?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Wilt u het vervangen?</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>De PDF wordt gemaakt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Logbook %1 of %2…</source>
        <translation>Logboek %1 van %2…</translation>
    </message>
    <message>
        <source>Pupil %1 of %2…</source>
        <translation>Leerling %1 van %2…</translation>
    </message>
    <message>
        <source>Printing was cancelled; no PDF was made.</source>
        <translation>Het afdrukken is afgebroken; er is geen PDF gemaakt.</translation>
    </message>
</context>
<context>
    <name>PrintResult</name>
    <message>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <source>The PDF cannot be opened: this computer has no program that shows PDF files (for example a PDF reader or a web browser). The file is saved as:
%1</source>
        <translation>De PDF kan niet worden geopend: op deze computer is geen programma dat PDF-bestanden toont (bijvoorbeeld een PDF-lezer of een webbrowser). Het bestand is opgeslagen als:
%1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>The folder cannot be opened from here. The PDF is saved as:
%1</source>
        <translation>De map kan van hieruit niet worden geopend. De PDF is opgeslagen als:
%1</translation>
    </message>
    <message numerus="yes">
        <source>PDF saved (%n page(s)): %1</source>
        <translation>
            <numerusform>PDF opgeslagen (%n bladzijde): %1</numerusform>
            <numerusform>PDF opgeslagen (%n bladzijden): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message numerus="yes">
        <source>The PDF is ready: %n page(s).</source>
        <translation>
            <numerusform>De PDF is klaar: %n bladzijde.</numerusform>
            <numerusform>De PDF is klaar: %n bladzijden.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is saved as:
%1</source>
        <translation>Opgeslagen als:
%1</translation>
    </message>
</context>
<context>
    <name>PrintWorker</name>
    <message>
        <source>Something went wrong while making the PDF; no file was made. (%1)</source>
        <translation>Er ging iets mis bij het maken van de PDF; er is geen bestand gemaakt. (%1)</translation>
    </message>
</context>
<context>
    <name>ProfessionCommands</name>
    <message>
        <source>Add profession %1</source>
        <translation>Beroep %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>PupilPrivacy</name>
    <message>
        <source>pupil</source>
        <translation>leerling</translation>
    </message>
    <message>
        <source>Export the data of %1</source>
        <translation>Gegevens van %1 exporteren</translation>
    </message>
    <message>
        <source>Export pupil data</source>
        <translation>Gegevens van leerling exporteren</translation>
    </message>
    <message>
        <source>Everything stored about %1 is in %2.</source>
        <translation>Alles wat over %1 is opgeslagen staat in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupils in %1</source>
        <translation>
            <numerusform>%n leerling in %1</numerusform>
            <numerusform>%n leerlingen in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n pupils who left the school for good (%1)?</source>
        <translation>
            <numerusform>%n leerling die de school heeft verlaten (%1) voorgoed wissen?</numerusform>
            <numerusform>%n leerlingen die de school hebben verlaten (%1) voorgoed wissen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parents in the parent register whose child left the school go too, with their place as a guest in chains.</source>
        <translation>
            <numerusform>%n ouder uit het ouderregister van wie het kind van school is, gaat ook weg, met de plaats als gast in ketens.</numerusform>
            <numerusform>%n ouders uit het ouderregister van wie het kind van school is, gaan ook weg, met hun plaats als gast in ketens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good?</source>
        <translation>Voorgoed wissen?</translation>
    </message>
    <message>
        <source>Only pupils who are no longer at school go: their names and their record. The classes and chains stay, and the pupils of %1 keep their record of earlier years. This cannot be undone, and the undo history is cleared.</source>
        <translation>Alleen leerlingen die niet meer op school zitten verdwijnen: hun namen en hun overzicht. De klassen en ketens blijven, en de leerlingen van %1 houden hun overzicht van eerdere jaren. Dit kan niet ongedaan worden gemaakt, en de geschiedenis van Ongedaan maken wordt gewist.</translation>
    </message>
    <message>
        <source>No pupils who left the school before %1 are stored.</source>
        <translation>Er zijn geen leerlingen bewaard die de school vóór %1 hebben verlaten.</translation>
    </message>
    <message>
        <source>Erase pupils of past school years</source>
        <translation>Leerlingen van vorige schooljaren wissen</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
</context>
<context>
    <name>PupilsPanel</name>
    <message>
        <source>First name, e.g. Ayşe</source>
        <translation>Voornaam, bijv. Ayşe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Only a first name is stored, no surname; add an initial when two pupils share a name (Sem A.). Paste a list to add one pupil per line.</source>
        <translation>Alleen de voornaam wordt bewaard, geen achternaam; voeg een voorletter toe als twee leerlingen dezelfde naam hebben (Sem A.). Plak een lijst om één leerling per regel toe te voegen.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Removes the pupil from the database. Undo brings it back until the program is closed; after that it is gone for good.</source>
        <translation>Verwijdert de leerling uit de database. Ongedaan maken brengt de leerling terug tot het programma wordt gesloten; daarna is die definitief weg.</translation>
    </message>
    <message>
        <source>Import class list…</source>
        <translation>Klassenlijst importeren…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Gegevens exporteren…</translation>
    </message>
    <message>
        <source>Write everything stored about the selected pupil to a file</source>
        <translation>Alles wat over de gekozen leerling is opgeslagen naar een bestand schrijven</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>First name of a new pupil</source>
        <translation>Voornaam van een nieuwe leerling</translation>
    </message>
    <message>
        <source>Pupils of %1</source>
        <translation>Leerlingen van %1</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Record of %1</source>
        <translation>Overzicht van %1</translation>
    </message>
</context>
<context>
    <name>SchoolCommands</name>
    <message>
        <source>Edit school details</source>
        <translation>Schoolgegevens wijzigen</translation>
    </message>
</context>
<context>
    <name>SchoolDetailsBox</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>for example Utrecht</source>
        <translation>bijvoorbeeld Utrecht</translation>
    </message>
    <message>
        <source>The region decides the school holidays; a new region moves them.</source>
        <translation>De regio bepaalt de schoolvakanties; een andere regio verschuift ze.</translation>
    </message>
    <message>
        <source>&amp;Save school details</source>
        <translation>Schoolgegevens &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Bevrijdingsdag (5 May) off every year</source>
        <translation>&amp;Bevrijdingsdag (5 mei) elk jaar vrij</translation>
    </message>
    <message>
        <source>Nearly every primary school is closed on 5 May, also in the years the government does not make it a national day off.</source>
        <translation>Bijna elke basisschool is op 5 mei dicht, ook in de jaren dat het geen nationale vrije dag is.</translation>
    </message>
    <message>
        <source>&amp;Goede Vrijdag off</source>
        <translation>&amp;Goede Vrijdag vrij</translation>
    </message>
    <message>
        <source>Untick this when the pupils come to school on Goede Vrijdag.</source>
        <translation>Zet dit uit als de leerlingen op Goede Vrijdag naar school komen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Whom a company calls about a visit; the brief for the company names this person (empty: the class&apos;s teacher).</source>
        <translation>Wie een bedrijf belt over een bezoek; de brief voor het bedrijf noemt deze persoon (leeg: de leerkracht van de klas).</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Naam van de school:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>&amp;Contact for companies:</source>
        <translation>&amp;Contactpersoon voor bedrijven:</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>Holiday &amp;region:</source>
        <translation>Vakantie&amp;regio:</translation>
    </message>
</context>
<context>
    <name>SchoolYearDialog</name>
    <message>
        <source>School year: study days and holidays</source>
        <translation>Schooljaar: studiedagen en vakanties</translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school and its school year first.</source>
        <translation>Er is nog geen schooljaar. Stel eerst de school en het schooljaar in.</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Schooljaar:</translation>
    </message>
    <message>
        <source>Chains that now fall on a day without school show an error in the chain builder and the overview.</source>
        <translation>Ketens die nu op een dag zonder school vallen, krijgen een fout in de ketenbouwer en het overzicht.</translation>
    </message>
    <message>
        <source>Study days</source>
        <translation>Studiedagen</translation>
    </message>
    <message>
        <source>Date of the study day</source>
        <translation>Datum van de studiedag</translation>
    </message>
    <message>
        <source>Description of the study day</source>
        <translation>Omschrijving van de studiedag</translation>
    </message>
    <message>
        <source>for example Team study day</source>
        <translation>bijvoorbeeld Studiedag team</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Holidays the school may choose itself</source>
        <translation>Vakanties die de school zelf mag kiezen</translation>
    </message>
    <message>
        <source>Autumn holiday</source>
        <translation>Herfstvakantie</translation>
    </message>
    <message>
        <source>Spring holiday</source>
        <translation>Voorjaarsvakantie</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Follow advice</source>
        <translation>Advies volgen</translation>
    </message>
    <message>
        <source>Week the school takes: %1</source>
        <translation>Week van de school: %1</translation>
    </message>
    <message>
        <source>Week the school takes:</source>
        <translation>Week van de school:</translation>
    </message>
    <message>
        <source>No advised week found for this region.</source>
        <translation>Geen adviesweek gevonden voor deze regio.</translation>
    </message>
    <message>
        <source>advice region %1: %2</source>
        <translation>advies regio %1: %2</translation>
    </message>
    <message>
        <source>follows the advice</source>
        <translation>volgt het advies</translation>
    </message>
    <message>
        <source>school takes: %1</source>
        <translation>school neemt: %1</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to school server</source>
        <translation>Verbinden met schoolserver</translation>
    </message>
    <message>
        <source>A school server holds the plan for the whole team. The school&apos;s IT provider gives you the server&apos;s name, the database and your user name.</source>
        <translation>Op een schoolserver staat de planning van het hele team. De ICT-beheerder van de school geeft u de naam van de server, de database en uw gebruikersnaam.</translation>
    </message>
    <message>
        <source>e.g. server.school.nl</source>
        <translation>bijv. server.school.nl</translation>
    </message>
    <message>
        <source>empty: from the keyring or .pgpass</source>
        <translation>leeg: uit de sleutelbos of .pgpass</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>Wachtwoord bewaren in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <source>Encrypted when the server can (prefer)</source>
        <translation>Versleuteld als de server dat kan (prefer)</translation>
    </message>
    <message>
        <source>Always encrypted (require)</source>
        <translation>Altijd versleuteld (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Versleuteld, certificaat van de server gecontroleerd (verify-full)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Niet versleuteld (disable)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Versleuteling:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van het programma.</translation>
    </message>
    <message>
        <source>Now the environment variable %1 decides the language.</source>
        <translation>Nu bepaalt de omgevingsvariabele %1 de taal.</translation>
    </message>
</context>
<context>
    <name>SplitClassDialog</name>
    <message>
        <source>Split %1</source>
        <translation>%1 splitsen</translation>
    </message>
    <message>
        <source>Tick the pupils who go to the new class; the others stay in %1.</source>
        <translation>Vink de leerlingen aan die naar de nieuwe klas gaan; de anderen blijven in %1.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>for example juf Fatima</source>
        <translation>bijvoorbeeld juf Fatima</translation>
    </message>
    <message>
        <source>Name of the class that &amp;stays:</source>
        <translation>Naam van de klas die &amp;blijft:</translation>
    </message>
    <message>
        <source>Name of the &amp;new class:</source>
        <translation>Naam van de &amp;nieuwe klas:</translation>
    </message>
    <message>
        <source>&amp;Teacher of the new class:</source>
        <translation>&amp;Leerkracht van de nieuwe klas:</translation>
    </message>
    <message numerus="yes">
        <source>%n pupils stay</source>
        <translation>
            <numerusform>%n leerling blijft</numerusform>
            <numerusform>%n leerlingen blijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n go to the new class</source>
        <translation>
            <numerusform>%n gaat naar de nieuwe klas</numerusform>
            <numerusform>%n gaan naar de nieuwe klas</numerusform>
        </translation>
    </message>
    <message>
        <source>Give both classes a name of their own.</source>
        <translation>Geef beide klassen een eigen naam.</translation>
    </message>
</context>
<context>
    <name>SplitMergeStep</name>
    <message>
        <source>Split and merge</source>
        <translation>Splitsen en samenvoegen</translation>
    </message>
    <message>
        <source>Split a class in two (you choose who goes where), or merge two classes into one, such as a combined class of grades 5 and 6.</source>
        <translation>Splits een klas in tweeën (u kiest wie waarheen gaat), of voeg twee klassen samen tot één, zoals een combinatieklas groep 5/6.</translation>
    </message>
    <message>
        <source>Classes of the new school year</source>
        <translation>Klassen van het nieuwe schooljaar</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Splitsen…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Samen&amp;voegen…</translation>
    </message>
    <message>
        <source>Back to the &amp;proposal</source>
        <translation>Het voorstel &amp;herstellen</translation>
    </message>
    <message>
        <source>Undo every split, merge and change of this wizard</source>
        <translation>Maak elke splitsing, samenvoeging en wijziging in deze stappen ongedaan</translation>
    </message>
</context>
<context>
    <name>StudyDayModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Do it makes the new school year in one step.</source>
        <translation>Doen maakt het nieuwe schooljaar in één stap.</translation>
    </message>
    <message numerus="yes">
        <source>School year %1 is made with %n classes:</source>
        <translation>
            <numerusform>Schooljaar %1 wordt gemaakt met %n klas:</numerusform>
            <numerusform>Schooljaar %1 wordt gemaakt met %n klassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils go on to the next grade</source>
        <translation>
            <numerusform>%n leerling gaat door naar de volgende groep</numerusform>
            <numerusform>%n leerlingen gaan door naar de volgende groep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new pupils in grade 1</source>
        <translation>
            <numerusform>%n nieuwe leerling in groep 1</numerusform>
            <numerusform>%n nieuwe leerlingen in groep 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils of grade 8 leave the school</source>
        <translation>
            <numerusform>%n leerling van groep 8 verlaat de school</numerusform>
            <numerusform>%n leerlingen van groep 8 verlaten de school</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chains of last year come back as concepts</source>
        <translation>
            <numerusform>%n keten van vorig jaar komt terug als concept</numerusform>
            <numerusform>%n ketens van vorig jaar komen terug als concept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chains find no room; plan them again</source>
        <translation>
            <numerusform>%n keten past niet meer; plan die opnieuw</numerusform>
            <numerusform>%n ketens passen niet meer; plan die opnieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies must confirm again for %1</source>
        <translation>
            <numerusform>%n bedrijf moet opnieuw bevestigen voor %1</numerusform>
            <numerusform>%n bedrijven moeten opnieuw bevestigen voor %1</numerusform>
        </translation>
    </message>
    <message>
        <source>School year %1 stays as it is and is closed (read only until you unlock it)</source>
        <translation>Schooljaar %1 blijft zoals het is en wordt afgesloten (alleen lezen, tot u het ontgrendelt)</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole move back.</source>
        <translation>Bewerken &gt; Ongedaan maken neemt de hele overgang terug.</translation>
    </message>
</context>
<context>
    <name>TalentDialog</name>
    <message>
        <source>Talents of %1</source>
        <translation>Talenten van %1</translation>
    </message>
    <message>
        <source>Which talents did %1 recognise?</source>
        <translation>Welke talenten herkende %1?</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>What did you see? Which professions?</source>
        <translation>Wat heb je gezien? Welke beroepen?</translation>
    </message>
    <message>
        <source>Could anyone learn this work? Why?</source>
        <translation>Kan iedereen dit werk leren? Waarom?</translation>
    </message>
    <message>
        <source>Knowledge questions (one per line)</source>
        <translation>Kennisvragen (één per regel)</translation>
    </message>
    <message>
        <source>Attitude questions (one per line)</source>
        <translation>Houdingsvragen (één per regel)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Steps (one per line)</source>
        <translation>Stappen (één per regel)</translation>
    </message>
    <message>
        <source>Materials (one per line)</source>
        <translation>Materialen (één per regel)</translation>
    </message>
</context>
<context>
    <name>ToEvaluateModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
</context>
<context>
    <name>ToEvaluatePanel</name>
    <message>
        <source>Chains whose day has passed and that have no evaluation yet. Double-click one to evaluate it in the chain builder (a few fields, for you and for the company).</source>
        <translation>Ketens waarvan de dag voorbij is en die nog geen evaluatie hebben. Dubbelklik op een keten om hem in de ketenbouwer te evalueren (een paar vakken, voor u en voor het bedrijf).</translation>
    </message>
    <message>
        <source>Chains to evaluate</source>
        <translation>Ketens om te evalueren</translation>
    </message>
</context>
<context>
    <name>TransportBox</name>
    <message>
        <source>Transport and companions</source>
        <translation>Vervoer en begeleiding</translation>
    </message>
    <message>
        <source>Transport a&amp;rranged</source>
        <translation>Vervoer &amp;geregeld</translation>
    </message>
    <message>
        <source>Tick this when the transport is settled (cars, bikes or bus booked).</source>
        <translation>Vink dit aan als het vervoer rond is (auto&apos;s, fietsen of bus geregeld).</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>By bike</source>
        <translation>Op de fiets</translation>
    </message>
    <message>
        <source>By car</source>
        <translation>Met auto&apos;s</translation>
    </message>
    <message>
        <source>By bus</source>
        <translation>Met de bus</translation>
    </message>
    <message>
        <source>By public transport</source>
        <translation>Met het openbaar vervoer</translation>
    </message>
    <message>
        <source>Accompanying adults who have said they come (parents, colleagues)</source>
        <translation>Volwassenen die hebben toegezegd mee te gaan (ouders, collega&apos;s)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Type a time such as 08:30; 00:00 means not known yet. The parent letter prints only the times that are known.</source>
        <translation>Typ een tijd zoals 08:30; 00:00 betekent nog onbekend. De ouderbrief noemt alleen de tijden die bekend zijn.</translation>
    </message>
    <message>
        <source>&amp;Travel:</source>
        <translation>&amp;Reiswijze:</translation>
    </message>
    <message>
        <source>Co&amp;mpanions:</source>
        <translation>Begeleider&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Leave school at:</source>
        <translation>Ver&amp;trek van school:</translation>
    </message>
    <message>
        <source>Back at sc&amp;hool:</source>
        <translation>Terug &amp;op school:</translation>
    </message>
    <message>
        <source>The class has no pupils yet.</source>
        <translation>De klas heeft nog geen leerlingen.</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s) needed</source>
        <translation>
            <numerusform>%n begeleider nodig</numerusform>
            <numerusform>%n begeleiders nodig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n pupil(s)</source>
        <translation>
            <numerusform>voor %n leerling</numerusform>
            <numerusform>voor %n leerlingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(1 per %n)</source>
        <translation>
            <numerusform>(1 op %n)</numerusform>
            <numerusform>(1 op %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The class is back before it leaves: put the return after the departure.</source>
        <translation>De klas is terug voordat ze vertrekt: zet de terugkomst na het vertrek.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Beroepsplanner.&lt;/b&gt; Fill in your school and a first class; then you plan the first chain. Everything stays on this computer.</source>
        <translation>&lt;b&gt;Welkom bij Beroepsplanner.&lt;/b&gt; Vul uw school en een eerste klas in; daarna plant u de eerste keten. Alles blijft op deze computer.</translation>
    </message>
    <message>
        <source>for example OBS De Vlieger</source>
        <translation>bijvoorbeeld OBS De Vlieger</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Your school</source>
        <translation>Uw school</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Naam van de school:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>The region decides the school holidays. See rijksoverheid.nl for your region.</source>
        <translation>De regio bepaalt de schoolvakanties. Zie rijksoverheid.nl voor uw regio.</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>School&amp;jaar:</translation>
    </message>
    <message>
        <source>for example Groep 6b</source>
        <translation>bijvoorbeeld Groep 6b</translation>
    </message>
    <message>
        <source>for example juf Fatima</source>
        <translation>bijvoorbeeld juf Fatima</translation>
    </message>
    <message>
        <source>One first name per line (optional)</source>
        <translation>Eén voornaam per regel (mag ook later)</translation>
    </message>
    <message>
        <source>Your first class</source>
        <translation>Uw eerste klas</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klas:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation>&amp;Leerkracht:</translation>
    </message>
    <message>
        <source>&amp;Pupils:</source>
        <translation>Leerl&amp;ingen:</translation>
    </message>
    <message>
        <source>Only first names are stored, no surnames; add an initial when two pupils share a name (Sem A.). You can add pupils later, or import a class list from a file.</source>
        <translation>Alleen voornamen worden bewaard, geen achternamen; voeg een voorletter toe als twee leerlingen dezelfde naam hebben (Sem A.). U kunt leerlingen ook later toevoegen, of een klassenlijst uit een bestand importeren.</translation>
    </message>
    <message>
        <source>Start planning</source>
        <translation>Beginnen met plannen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>YearGridView</name>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Drag to another week to move; double-click to open.</source>
        <translation>Sleep naar een andere week om te verplaatsen; dubbelklik om te openen.</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>Week %1, from %2</source>
        <translation>Week %1, vanaf %2</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>groep %1</translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <source>The next school year</source>
        <translation>Het volgende schooljaar</translation>
    </message>
    <message>
        <source>Every class of grades 1–7 goes up one grade with its pupils.</source>
        <translation>Elke klas van groep 1–7 gaat met haar leerlingen een groep omhoog.</translation>
    </message>
    <message>
        <source>Grade 8 leaves for secondary school; a new grade 1 arrives.</source>
        <translation>Groep 8 vertrekt naar het voortgezet onderwijs; er komt een nieuwe groep 1.</translation>
    </message>
    <message>
        <source>The chains each grade had last year come back as concepts, in the same school week. Companies confirm again for the new year.</source>
        <translation>De ketens die elke groep vorig jaar had, komen terug als concept, in dezelfde schoolweek. Bedrijven bevestigen opnieuw voor het nieuwe jaar.</translation>
    </message>
    <message>
        <source>Last year stays exactly as it was and is closed: read only, until you unlock it.</source>
        <translation>Vorig jaar blijft precies zoals het was en wordt afgesloten: alleen lezen, tot u het ontgrendelt.</translation>
    </message>
    <message>
        <source>The next steps show all of it, and you can change the classes. Nothing is changed before Do it, and Edit &gt; Undo takes the whole move back.</source>
        <translation>De volgende stappen laten alles zien, en u kunt de klassen wijzigen. Er verandert niets vóór Doen, en Bewerken &gt; Ongedaan maken neemt de hele overgang terug.</translation>
    </message>
    <message>
        <source>Only the school year after the newest one can be made.</source>
        <translation>Alleen het schooljaar na het nieuwste kan worden gemaakt.</translation>
    </message>
    <message>
        <source>From school year %1 to school year %2.</source>
        <translation>Van schooljaar %1 naar schooljaar %2.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
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
