<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityDetailsPane</name>
    <message numerus="yes">
        <source>%n chains</source>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 activities shown</source>
        <translation>
            <numerusform>%n of %1 activities shown</numerusform>
            <numerusform>%n of %1 activities shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainsStep</name>
    <message numerus="yes">
        <source>%n chains find no room in the new school year:</source>
        <translation>
            <numerusform>%n chain finds no room in the new school year:</numerusform>
            <numerusform>%n chains find no room in the new school year:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassListDialog</name>
    <message numerus="yes">
        <source>Will be added (%n)</source>
        <translation>
            <numerusform>Will be added (%n)</numerusform>
            <numerusform>Will be added (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the class (%n)</source>
        <translation>
            <numerusform>Already in the class (%n)</numerusform>
            <numerusform>Already in the class (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils added to %1. Edit &gt; Undo takes them out again.</source>
        <translation>
            <numerusform>%n pupil added to %1. Edit &gt; Undo takes them out again.</numerusform>
            <numerusform>%n pupils added to %1. Edit &gt; Undo takes them out again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassesStep</name>
    <message numerus="yes">
        <source>Leaving: %1 (%n pupils) go to secondary school; they stay in the history of %2.</source>
        <translation>
            <numerusform>Leaving: %1 (%n pupil) goes to secondary school and stays in the history of %2.</numerusform>
            <numerusform>Leaving: %1 (%n pupils) go to secondary school; they stay in the history of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils are in no class of the new year and leave the school: %1.</source>
        <translation>
            <numerusform>%n pupil is in no class of the new year and leaves the school: %1.</numerusform>
            <numerusform>%n pupils are in no class of the new year and leave the school: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortChart</name>
    <message numerus="yes">
        <source>%1 · %2: %n chain(s) in grades 4–8</source>
        <translation>
            <numerusform>%1 · %2: %n chain in grades 4–8</numerusform>
            <numerusform>%1 · %2: %n chains in grades 4–8</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortTableModel</name>
    <message numerus="yes">
        <source>%1: %n chain(s)</source>
        <translation>
            <numerusform>%1: %n chain</numerusform>
            <numerusform>%1: %n chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n planned)</source>
        <translation>
            <numerusform>(%n planned)</numerusform>
            <numerusform>(%n planned)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 companies shown</source>
        <translation>
            <numerusform>%n of %1 companies shown</numerusform>
            <numerusform>%n of %1 companies shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyExportTexts</name>
    <message numerus="yes">
        <source>%n companies written to %1.</source>
        <translation>
            <numerusform>%n company written to %1.</numerusform>
            <numerusform>%n companies written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message numerus="yes">
        <source>History (%n)</source>
        <translation>
            <numerusform>History (%n)</numerusform>
            <numerusform>History (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyImportDialog</name>
    <message numerus="yes">
        <source>The first %1 of %n rows; the whole file is checked.</source>
        <translation>
            <numerusform>The first %1 of %n row; the whole file is checked.</numerusform>
            <numerusform>The first %1 of %n rows; the whole file is checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have a problem. Correct the file and choose it again, or tick “Skip rows with a problem” to import only the good rows.</source>
        <translation>
            <numerusform>%n row has a problem. Correct the file and choose it again, or tick “Skip rows with a problem” to import only the good rows.</numerusform>
            <numerusform>%n rows have a problem. Correct the file and choose it again, or tick “Skip rows with a problem” to import only the good rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n rows.</source>
        <translation>
            <numerusform>Ready to import %n row.</numerusform>
            <numerusform>Ready to import %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message numerus="yes">
        <source>%n chain(s) of grades 4–8 meet %1.</source>
        <translation>
            <numerusform>%n chain of grades 4–8 meets %1.</numerusform>
            <numerusform>%n chains of grades 4–8 meet %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grade %1 · %2: %n chain(s)</source>
        <translation>
            <numerusform>Grade %1 · %2: %n chain</numerusform>
            <numerusform>Grade %1 · %2: %n chains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message numerus="yes">
        <source>the preparation lesson of {lesson_date} is more than %n school weeks before the activity; pupils will have forgotten much by then. Move the lesson closer to the activity.</source>
        <translation>
            <numerusform>the preparation lesson of {lesson_date} is more than %n school week before the activity; pupils will have forgotten much by then. Move the lesson closer to the activity.</numerusform>
            <numerusform>the preparation lesson of {lesson_date} is more than %n school weeks before the activity; pupils will have forgotten much by then. Move the lesson closer to the activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the reflection lesson of {lesson_date} is more than %n school weeks after the activity. Reflect soon after the activity, while the experience is still fresh.</source>
        <translation>
            <numerusform>the reflection lesson of {lesson_date} is more than %n school week after the activity. Reflect soon after the activity, while the experience is still fresh.</numerusform>
            <numerusform>the reflection lesson of {lesson_date} is more than %n school weeks after the activity. Reflect soon after the activity, while the experience is still fresh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the activity falls in the last %n school weeks before the summer holiday; then there is little time for reflection and follow-up. Rather plan it at the beginning or in the middle of the school year.</source>
        <translation>
            <numerusform>the activity falls in the last school week before the summer holiday; then there is little time for reflection and follow-up. Rather plan it at the beginning or in the middle of the school year.</numerusform>
            <numerusform>the activity falls in the last %n school weeks before the summer holiday; then there is little time for reflection and follow-up. Rather plan it at the beginning or in the middle of the school year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there are %n</source>
        <translation>
            <numerusform>there is %n</numerusform>
            <numerusform>there are %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils need</source>
        <translation>
            <numerusform>%n pupil needs</numerusform>
            <numerusform>%n pupils need</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companions</source>
        <translation>
            <numerusform>%n companion</numerusform>
            <numerusform>%n companions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role models</source>
        <translation>
            <numerusform>%n role model</numerusform>
            <numerusform>%n role models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of whom %n against the stereotype</source>
        <translation>
            <numerusform>, of whom %n against the stereotype</numerusform>
            <numerusform>, of whom %n against the stereotype</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receives %1 pupils, the class has %2: in %n groups</source>
        <translation>
            <numerusform>receives %1 pupils, the class has %2: in %n group</numerusform>
            <numerusform>receives %1 pupils, the class has %2: in %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>visited %n times this school year by %1</source>
        <translation>
            <numerusform>visited once this school year by %1</numerusform>
            <numerusform>visited %n times this school year by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errors (%n)</numerusform>
            <numerusform>Errors (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnings (%n)</numerusform>
            <numerusform>Warnings (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalText</name>
    <message numerus="yes">
        <source>Every pupil meets at least %n companies between grade %1 and %2</source>
        <translation>
            <numerusform>Every pupil meets at least %n company between grade %1 and %2</numerusform>
            <numerusform>Every pupil meets at least %n companies between grade %1 and %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every chain with %n reflection lesson(s)</source>
        <translation>
            <numerusform>Every chain with %n reflection lesson</numerusform>
            <numerusform>Every chain with %n reflection lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n of them about attitudes and stereotypes</source>
        <translation>
            <numerusform>%1, %n of them about attitudes and stereotypes</numerusform>
            <numerusform>%1, %n of them about attitudes and stereotypes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parents involved in at least %n chain(s) per grade per school year</source>
        <translation>
            <numerusform>Parents involved in at least %n chain per grade per school year</numerusform>
            <numerusform>Parents involved in at least %n chains per grade per school year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n world(s)</source>
        <translation>
            <numerusform>%1 of %n world</numerusform>
            <numerusform>%1 of %n worlds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n companies</source>
        <translation>
            <numerusform>%1 of %n company</numerusform>
            <numerusform>%1 of %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n chain(s)</source>
        <translation>
            <numerusform>%1 of %n chain</numerusform>
            <numerusform>%1 of %n chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cohort(s) reached</source>
        <translation>
            <numerusform>%1 of %n cohort reached</numerusform>
            <numerusform>%1 of %n cohorts reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n grade(s) reached</source>
        <translation>
            <numerusform>%1 of %n grade reached</numerusform>
            <numerusform>%1 of %n grades reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n year(s) reached</source>
        <translation>
            <numerusform>%1 of %n year reached</numerusform>
            <numerusform>%1 of %n years reached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupOneStep</name>
    <message numerus="yes">
        <source>Pupils of %1 (%n)</source>
        <translation>
            <numerusform>Pupils of %1 (%n)</numerusform>
            <numerusform>Pupils of %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chains</source>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeClassesDialog</name>
    <message numerus="yes">
        <source>%n pupils of %1 have a name a pupil of %2 has too. Give them another name in the merged class, for example with the first letter of the surname.</source>
        <translation>
            <numerusform>%n pupil of %1 has a name a pupil of %2 has too. Give them another name in the merged class, for example with the first letter of the surname.</numerusform>
            <numerusform>%n pupils of %1 have a name a pupil of %2 has too. Give them another name in the merged class, for example with the first letter of the surname.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>Answers to “who can do this work?”, before → after, over the %n chain(s) counted at both moments (%1 answers before, %2 after). File &gt; Print &gt; Report puts them on paper.</source>
        <translation>
            <numerusform>Answers to “who can do this work?”, before → after, over the %n chain counted at both moments (%1 answers before, %2 after). File &gt; Print &gt; Report puts them on paper.</numerusform>
            <numerusform>Answers to “who can do this work?”, before → after, over the %n chains counted at both moments (%1 answers before, %2 after). File &gt; Print &gt; Report puts them on paper.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message numerus="yes">
        <source>%n chains</source>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintChoices</name>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): the logbooks of %1.</source>
        <translation>
            <numerusform>%n page: the logbooks of %1.</numerusform>
            <numerusform>%n pages: the logbooks of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): a logbook for every pupil and a blank copy.</source>
        <translation>
            <numerusform>%n page: a logbook for every pupil and a blank copy.</numerusform>
            <numerusform>%n pages: a logbook for every pupil and a blank copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <source>This PDF will have %n page(s). Do you want to make it?</source>
        <translation>
            <numerusform>This PDF will have %n page. Do you want to make it?</numerusform>
            <numerusform>This PDF will have %n pages. Do you want to make it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintResult</name>
    <message numerus="yes">
        <source>PDF saved (%n page(s)): %1</source>
        <translation>
            <numerusform>PDF saved (%n page): %1</numerusform>
            <numerusform>PDF saved (%n pages): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PDF is ready: %n page(s).</source>
        <translation>
            <numerusform>The PDF is ready: %n page.</numerusform>
            <numerusform>The PDF is ready: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PupilPrivacy</name>
    <message numerus="yes">
        <source>%n pupils in %1</source>
        <translation>
            <numerusform>%n pupil in %1</numerusform>
            <numerusform>%n pupils in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n pupils who left the school for good (%1)?</source>
        <translation>
            <numerusform>Erase %n pupil who left the school for good (%1)?</numerusform>
            <numerusform>Erase %n pupils who left the school for good (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parents in the parent register whose child left the school go too, with their place as a guest in chains.</source>
        <translation>
            <numerusform>%n parent in the parent register whose child left the school goes too, with their place as a guest in chains.</numerusform>
            <numerusform>%n parents in the parent register whose child left the school go too, with their place as a guest in chains.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitClassDialog</name>
    <message numerus="yes">
        <source>%n pupils stay</source>
        <translation>
            <numerusform>%n pupil stays</numerusform>
            <numerusform>%n pupils stay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n go to the new class</source>
        <translation>
            <numerusform>%n goes to the new class</numerusform>
            <numerusform>%n go to the new class</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message numerus="yes">
        <source>School year %1 is made with %n classes:</source>
        <translation>
            <numerusform>School year %1 is made with %n class:</numerusform>
            <numerusform>School year %1 is made with %n classes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils go on to the next grade</source>
        <translation>
            <numerusform>%n pupil goes on to the next grade</numerusform>
            <numerusform>%n pupils go on to the next grade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new pupils in grade 1</source>
        <translation>
            <numerusform>%n new pupil in grade 1</numerusform>
            <numerusform>%n new pupils in grade 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils of grade 8 leave the school</source>
        <translation>
            <numerusform>%n pupil of grade 8 leaves the school</numerusform>
            <numerusform>%n pupils of grade 8 leave the school</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chains of last year come back as concepts</source>
        <translation>
            <numerusform>%n chain of last year comes back as a concept</numerusform>
            <numerusform>%n chains of last year come back as concepts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chains find no room; plan them again</source>
        <translation>
            <numerusform>%n chain finds no room; plan it again</numerusform>
            <numerusform>%n chains find no room; plan them again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies must confirm again for %1</source>
        <translation>
            <numerusform>%n company must confirm again for %1</numerusform>
            <numerusform>%n companies must confirm again for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransportBox</name>
    <message numerus="yes">
        <source>%n adult(s) needed</source>
        <translation>
            <numerusform>%n adult needed</numerusform>
            <numerusform>%n adults needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n pupil(s)</source>
        <translation>
            <numerusform>for %n pupil</numerusform>
            <numerusform>for %n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(1 per %n)</source>
        <translation>
            <numerusform>(1 per %n)</numerusform>
            <numerusform>(1 per %n)</numerusform>
        </translation>
    </message>
</context>
</TS>
