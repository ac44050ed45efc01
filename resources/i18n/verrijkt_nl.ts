<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Ingelogd als %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keychain.</source>
        <translation>Uw aanmelding wordt bewaard in de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in a file only you can read.</source>
        <translation>Uw aanmelding wordt bewaard in een bestand dat alleen u kunt lezen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <source>Signing out removes the family contacts and your sign-in from this device. Everything that was sent stays safe on the server.</source>
        <translation>Uitloggen verwijdert de gezinscontacten en uw aanmelding van dit apparaat. Alles wat al verstuurd is, blijft veilig bewaard op de server.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this device have not been sent yet and would be lost. Synchronise first.</source>
        <translation><numerusform>%n wijziging op dit apparaat is nog niet verstuurd en zou verloren gaan. Synchroniseer eerst.</numerusform><numerusform>%n wijzigingen op dit apparaat zijn nog niet verstuurd en zouden verloren gaan. Synchroniseer eerst.</numerusform></translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>Toch uitloggen</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Te veel pogingen. Wacht een paar minuten en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This account has been switched off. Ask the regional team.</source>
        <translation>Dit account is uitgeschakeld. Neem contact op met het regioteam.</translation>
    </message>
    <message>
        <source>The address does not lead to a Verrijkt server. Check the server address.</source>
        <translation>Op dit adres staat geen Verrijkt-server. Controleer het serveradres.</translation>
    </message>
    <message>
        <source>School coordinator</source>
        <translation>Schoolcoördinator</translation>
    </message>
    <message>
        <source>Bridge officer</source>
        <translation>Brugfunctionaris</translation>
    </message>
    <message>
        <source>Regional team</source>
        <translation>Regioteam</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Enter the server address, for example verrijkt.nijbegun.nl.</source>
        <translation>Vul het serveradres in, bijvoorbeeld verrijkt.nijbegun.nl.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>Signing in worked, but this device could not save it: %1</source>
        <translation>Inloggen is gelukt, maar dit apparaat kon het niet bewaren: %1</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Sign in again to keep synchronising.</source>
        <translation>Uw sessie op de server is verlopen. Log opnieuw in om te blijven synchroniseren.</translation>
    </message>
    <message>
        <source>The family contacts could not be removed from this device, so you are still signed in. Please try again.</source>
        <translation>De gezinscontacten konden niet van dit apparaat worden verwijderd, daarom bent u nog ingelogd. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Verrijkt</source>
        <translation>Verrijkt</translation>
    </message>
</context>
<context>
    <name>BuildUpPane</name>
    <message>
        <source>Placed FTE per month against the build-up to 64 FTE</source>
        <translation>Geplaatste fte per maand tegenover de opbouw naar 64 fte</translation>
    </message>
    <message>
        <source>Line chart: placed FTE and target FTE on the first of every month</source>
        <translation>Lijngrafiek: geplaatste fte en doel-fte op de eerste van elke maand</translation>
    </message>
    <message>
        <source>months from August 2026</source>
        <translation>maanden vanaf augustus 2026</translation>
    </message>
    <message>
        <source>Placed FTE</source>
        <translation>Geplaatste fte</translation>
    </message>
    <message>
        <source>Target FTE</source>
        <translation>Doel-fte</translation>
    </message>
    <message>
        <source>Cost per school year against 6.4 M EUR</source>
        <translation>Kosten per schooljaar tegenover 6,4 mln euro</translation>
    </message>
    <message>
        <source>Bridge-officer cost per school year</source>
        <translation>Kosten brugfunctionarissen per schooljaar</translation>
    </message>
    <message>
        <source>Schools without a bridge officer, highest need first</source>
        <translation>Scholen zonder brugfunctionaris, hoogste behoefte eerst</translation>
    </message>
    <message>
        <source>Schools without a bridge officer</source>
        <translation>Scholen zonder brugfunctionaris</translation>
    </message>
    <message>
        <source>%1. %2, %3: need %4, %5 pupils</source>
        <translation>%1. %2, %3: behoefte %4, %5 leerlingen</translation>
    </message>
    <message>
        <source>need %1</source>
        <translation>behoefte %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Show %1 as a chart</source>
        <translation>%1 als grafiek tonen</translation>
    </message>
    <message>
        <source>Show the numbers of %1 as a table</source>
        <translation>De cijfers van %1 als tabel tonen</translation>
    </message>
    <message>
        <source>Numbers of %1</source>
        <translation>Cijfers van %1</translation>
    </message>
</context>
<context>
    <name>ComparisonCharts</name>
    <message>
        <source>Pupils reached per school year</source>
        <translation>Bereikte leerlingen per schooljaar</translation>
    </message>
    <message>
        <source>Bar chart: pupils reached per school year in each picked scenario</source>
        <translation>Staafdiagram: bereikte leerlingen per schooljaar in elk gekozen scenario</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst budget against the policy budget</source>
        <translation>Budget Tijd voor Toekomst tegenover het beleidsbudget</translation>
    </message>
    <message>
        <source>Bar chart: Tijd voor Toekomst budget per school year in each picked scenario, with the policy budget as a line</source>
        <translation>Staafdiagram: budget Tijd voor Toekomst per schooljaar in elk gekozen scenario, met het beleidsbudget als lijn</translation>
    </message>
    <message>
        <source>million EUR</source>
        <translation>mln euro</translation>
    </message>
</context>
<context>
    <name>ComparisonYearCard</name>
    <message>
        <source>2 hours a week</source>
        <translation>2 uur per week</translation>
    </message>
    <message>
        <source>6 hours a week</source>
        <translation>6 uur per week</translation>
    </message>
    <message>
        <source>New schools</source>
        <translation>Nieuwe scholen</translation>
    </message>
    <message>
        <source>Pupils reached</source>
        <translation>Bereikte leerlingen</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst budget</source>
        <translation>Budget Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>Share of the yearly 36.0 M EUR</source>
        <translation>Deel van de jaarlijkse 36,0 mln euro</translation>
    </message>
    <message>
        <source>All three programmes</source>
        <translation>Alle drie de programma&apos;s</translation>
    </message>
    <message>
        <source>Policy budget, all three</source>
        <translation>Beleidsbudget, alle drie</translation>
    </message>
</context>
<context>
    <name>CompletenessPane</name>
    <message>
        <source>Schools without recorded sessions</source>
        <translation>Scholen zonder geregistreerde activiteiten</translation>
    </message>
    <message>
        <source>Teaching weeks</source>
        <translation>Lesweken</translation>
    </message>
    <message>
        <source>Number of teaching weeks to look back</source>
        <translation>Aantal lesweken om terug te kijken</translation>
    </message>
    <message>
        <source>%1, %2: last session %3</source>
        <translation>%1, %2: laatste activiteit %3</translation>
    </message>
    <message>
        <source>taking part since %1; last session: %2</source>
        <translation>doet mee sinds %1; laatste activiteit: %2</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Your bridge-officer record has not reached this device yet. Synchronise first.</source>
        <translation>Uw gegevens als brugfunctionaris staan nog niet op dit apparaat. Synchroniseer eerst.</translation>
    </message>
    <message>
        <source>Pick a family or start a new one.</source>
        <translation>Kies een gezin of begin een nieuw gezin.</translation>
    </message>
    <message>
        <source>Not saved yet: please check the fields marked in red.</source>
        <translation>Nog niet opgeslagen: kijk de rood gemarkeerde velden na.</translation>
    </message>
    <message>
        <source>The contact could not be saved on this device. Please try again.</source>
        <translation>Het contact kon niet op dit apparaat worden opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>Correctie opgeslagen.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact opgeslagen.</translation>
    </message>
    <message>
        <source>The contact could not be withdrawn on this device.</source>
        <translation>Het contact kon op dit apparaat niet worden ingetrokken.</translation>
    </message>
    <message>
        <source>Contact withdrawn.</source>
        <translation>Contact ingetrokken.</translation>
    </message>
    <message>
        <source>This record could not be discarded.</source>
        <translation>Deze registratie kon niet worden weggegooid.</translation>
    </message>
    <message>
        <source>The refused record was discarded.</source>
        <translation>De geweigerde registratie is weggegooid.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Correct a contact</source>
        <translation>Contact corrigeren</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Dag eerder</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Dag later</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <source>Who asked for the contact</source>
        <translation>Wie vroeg om het contact</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Geboden ondersteuning</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Duration %1 minutes</source>
        <translation>Duur %1 minuten</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgafspraak</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation><numerusform>Over %n week</numerusform><numerusform>Over %n weken</numerusform></translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Geen vervolgafspraak</translation>
    </message>
    <message numerus="yes">
        <source>Follow up in %n week(s)</source>
        <translation><numerusform>Vervolg over %n week</numerusform><numerusform>Vervolg over %n weken</numerusform></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Correctie opslaan</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Contact opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Correctie annuleren</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>All months</source>
        <translation>Alle maanden</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>vervolg %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Geweigerd door de server: %1</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Fix the refused contact of %1</source>
        <translation>Het geweigerde contact van %1 herstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Discard the refused contact of %1</source>
        <translation>Het geweigerde contact van %1 weggooien</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <source>Correct the contact of %1</source>
        <translation>Het contact van %1 corrigeren</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Withdraw the contact of %1</source>
        <translation>Het contact van %1 intrekken</translation>
    </message>
    <message>
        <source>Yes, withdraw</source>
        <translation>Ja, intrekken</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Keep the contact</source>
        <translation>Het contact behouden</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacten</numerusform></translation>
    </message>
    <message>
        <source>No contacts in this selection.</source>
        <translation>Geen contacten in deze selectie.</translation>
    </message>
</context>
<context>
    <name>CoordinatorHome</name>
    <message>
        <source>School year %1 · %2</source>
        <translation>Schooljaar %1 · %2</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Activiteiten deze week</translation>
    </message>
    <message>
        <source>Sessions in week %1</source>
        <translation>Activiteiten in week %1</translation>
    </message>
</context>
<context>
    <name>CoveragePane</name>
    <message>
        <source>Coverage per municipality</source>
        <translation>Dekking per gemeente</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Plan for years without participations</source>
        <translation>Plan voor jaren zonder deelnames</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Rollout %1</source>
        <translation>Uitrol %1</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst</source>
        <translation>Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisatie</translation>
    </message>
    <message>
        <source>Bridge officers</source>
        <translation>Brugfunctionarissen</translation>
    </message>
    <message>
        <source>Bibliotheek op school</source>
        <translation>Bibliotheek op school</translation>
    </message>
    <message>
        <source>Schools per tier against the plan</source>
        <translation>Scholen per niveau tegenover het plan</translation>
    </message>
    <message>
        <source>Bar chart: schools per tier against the plan per school year</source>
        <translation>Staafdiagram: scholen per niveau tegenover het plan per schooljaar</translation>
    </message>
    <message>
        <source>Delivered against entitled hours per municipality</source>
        <translation>Gegeven tegenover toegekende uren per gemeente</translation>
    </message>
    <message>
        <source>Bar chart: entitled and delivered pupil-hours per municipality</source>
        <translation>Staafdiagram: toegekende en gegeven leerlinguren per gemeente</translation>
    </message>
    <message>
        <source>1,000 pupil-hours</source>
        <translation>1.000 leerlinguren</translation>
    </message>
    <message>
        <source>Bridge officers: FTE placed against the build-up to 64 FTE</source>
        <translation>Brugfunctionarissen: geplaatste fte tegenover de opbouw naar 64 fte</translation>
    </message>
    <message>
        <source>Chart: placed FTE per school year against the build-up target</source>
        <translation>Grafiek: geplaatste fte per schooljaar tegenover het opbouwdoel</translation>
    </message>
    <message>
        <source>Bibliotheek op school coverage per municipality</source>
        <translation>Bereik van Bibliotheek op school per gemeente</translation>
    </message>
    <message>
        <source>Bar chart: share of locations covered per municipality</source>
        <translation>Staafdiagram: aandeel bereikte locaties per gemeente</translation>
    </message>
    <message>
        <source>Budget per programme against the policy figures</source>
        <translation>Budget per programma tegenover de beleidsbedragen</translation>
    </message>
    <message>
        <source>Bar chart: estimated budget and policy figure per programme, millions of euros</source>
        <translation>Staafdiagram: geraamd budget en beleidsbedrag per programma, in miljoenen euro</translation>
    </message>
    <message>
        <source>million EUR</source>
        <translation>miljoen euro</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Annuleren zonder opslaan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>FamilyPicker</name>
    <message>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <source>New family: make a new family code</source>
        <translation>Nieuw gezin: een nieuwe gezinscode maken</translation>
    </message>
    <message>
        <source>Search a family code</source>
        <translation>Zoek een gezinscode</translation>
    </message>
    <message>
        <source>New family: %1</source>
        <translation>Nieuw gezin: %1</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Gezin: %1</translation>
    </message>
    <message>
        <source>Family %1, last contact %2</source>
        <translation>Gezin %1, laatste contact %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more: search on the code to find them.</source>
        <translation><numerusform>Nog %n: zoek op de code om het te vinden.</numerusform><numerusform>Nog %n: zoek op de code om ze te vinden.</numerusform></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Talent development</source>
        <translation>Talentontwikkeling</translation>
    </message>
    <message>
        <source>Sport and exercise</source>
        <translation>Sport en bewegen</translation>
    </message>
    <message>
        <source>Art and culture</source>
        <translation>Kunst en cultuur</translation>
    </message>
    <message>
        <source>Wellbeing and health</source>
        <translation>Welzijn en gezondheid</translation>
    </message>
    <message>
        <source>Basic skills</source>
        <translation>Basisvaardigheden</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Ikzelf</translation>
    </message>
    <message>
        <source>Talk at school</source>
        <translation>Gesprek op school</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Groepsbijeenkomst</translation>
    </message>
    <message>
        <source>Money and income</source>
        <translation>Geld en inkomen</translation>
    </message>
    <message>
        <source>Care and health</source>
        <translation>Zorg en gezondheid</translation>
    </message>
    <message>
        <source>Safety at home</source>
        <translation>Veiligheid thuis</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Opvoeding</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>Leren en school</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Listened</source>
        <translation>Geluisterd</translation>
    </message>
    <message>
        <source>Advice to parent</source>
        <translation>Advies aan ouder</translation>
    </message>
    <message>
        <source>Advice to teacher</source>
        <translation>Advies aan leerkracht</translation>
    </message>
    <message>
        <source>Help with an allowance</source>
        <translation>Hulp bij een toeslag</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>Geen doorverwijzing</translation>
    </message>
    <message>
        <source>Neighbourhood team</source>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <source>GGD youth health care</source>
        <translation>GGD jeugdgezondheidszorg</translation>
    </message>
    <message>
        <source>Debt counselling</source>
        <translation>Schuldhulpverlening</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Andere organisatie</translation>
    </message>
    <message>
        <source>No extra hours yet</source>
        <translation>Nog geen extra uren</translation>
    </message>
    <message>
        <source>2 hours a week</source>
        <translation>2 uur per week</translation>
    </message>
    <message>
        <source>6 hours a week</source>
        <translation>6 uur per week</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>€%1M</source>
        <extracomment>An amount in millions of euros, e.g. "€ 36,00 mln" in Dutch.</extracomment>
        <translation>€ %1 mln</translation>
    </message>
</context>
<context>
    <name>FollowUpsCard</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Vervolgafspraken</translation>
    </message>
    <message>
        <source>No follow-ups due in the coming week.</source>
        <translation>Geen vervolgafspraken in de komende week.</translation>
    </message>
    <message>
        <source>Follow up family %1 at %2, due %3</source>
        <translation>Vervolg gezin %1 op %2, gepland %3</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>te laat sinds %1</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Bibliotheek op school %1</source>
        <translation>Bibliotheek op school %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Library organisation</source>
        <translation>Bibliotheekorganisatie</translation>
    </message>
    <message>
        <source>Reading consultant, hours a week</source>
        <translation>Leesconsulent, uren per week</translation>
    </message>
    <message>
        <source>Collection at school</source>
        <translation>Collectie op school</translation>
    </message>
    <message>
        <source>Reading plan adopted</source>
        <translation>Leesplan vastgesteld</translation>
    </message>
    <message>
        <source>Reading monitor done</source>
        <translation>Leesmonitor afgenomen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Verrijkt</source>
        <translation>Verrijkt</translation>
    </message>
    <message>
        <source>My school</source>
        <translation>Mijn school</translation>
    </message>
    <message>
        <source>Sessions this school year</source>
        <translation>Activiteiten dit schooljaar</translation>
    </message>
    <message>
        <source>Account and sync</source>
        <translation>Account en synchronisatie</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mijn contacten</translation>
    </message>
    <message>
        <source>My placements</source>
        <translation>Mijn plaatsingen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message numerus="yes">
        <source>%n school location(s)</source>
        <translation><numerusform>%n schoollocatie</numerusform><numerusform>%n schoollocaties</numerusform></translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>No bridge officer</source>
        <translation>Geen brugfunctionaris</translation>
    </message>
    <message>
        <source>Bridge officer placed</source>
        <translation>Brugfunctionaris geplaatst</translation>
    </message>
</context>
<context>
    <name>NeedSourceCard</name>
    <message>
        <source>Need indicator</source>
        <translation>Behoefte-indicator</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Uit een bestand</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwaarde</translation>
    </message>
    <message>
        <source>Seed of the synthetic need indicator</source>
        <translation>Startwaarde van de synthetische behoefte-indicator</translation>
    </message>
    <message>
        <source>From a CSV file with the columns vestiging and need</source>
        <translation>Uit een CSV-bestand met de kolommen vestiging en need</translation>
    </message>
    <message>
        <source>Path of the file, e.g. /home/regioteam/behoefte.csv</source>
        <translation>Pad van het bestand, bijvoorbeeld /home/regioteam/behoefte.csv</translation>
    </message>
    <message>
        <source>Path of the need indicator file</source>
        <translation>Pad van het bestand met de behoefte-indicator</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Inlezen</translation>
    </message>
</context>
<context>
    <name>NewScenarioForm</name>
    <message>
        <source>Name of the new scenario</source>
        <translation>Naam van het nieuwe scenario</translation>
    </message>
    <message>
        <source>Fresh default plan</source>
        <translation>Nieuw standaardplan</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie van %1</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Beginnen met</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>Create the scenario</source>
        <translation>Het scenario maken</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <source>Tijd voor Toekomst %1</source>
        <translation>Tijd voor Toekomst %1</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Niveau: %1</translation>
    </message>
    <message>
        <source>Start date (day-month-year)</source>
        <translation>Startdatum (dag-maand-jaar)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Pupils reached</source>
        <translation>Bereikte leerlingen</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Change placement</source>
        <translation>Plaatsing wijzigen</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nieuwe plaatsing</translation>
    </message>
    <message>
        <source>Bridge officer</source>
        <translation>Brugfunctionaris</translation>
    </message>
    <message>
        <source>Choose an officer</source>
        <translation>Kies een brugfunctionaris</translation>
    </message>
    <message>
        <source>FTE at this school</source>
        <translation>Fte op deze school</translation>
    </message>
    <message>
        <source>e.g. 0,6</source>
        <translation>bijv. 0,6</translation>
    </message>
    <message>
        <source>From (day-month-year)</source>
        <translation>Vanaf (dag-maand-jaar)</translation>
    </message>
    <message>
        <source>Placed from</source>
        <translation>Geplaatst vanaf</translation>
    </message>
    <message>
        <source>To (empty: open-ended)</source>
        <translation>Tot (leeg: zonder einddatum)</translation>
    </message>
    <message>
        <source>Placed until</source>
        <translation>Geplaatst tot</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <source>%1 FTE</source>
        <translation>%1 fte</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>%1 of %2 FTE placed today</source>
        <translation>%1 van %2 fte vandaag geplaatst</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <source>Employed by %1</source>
        <translation>In dienst bij %1</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>No placements on this device yet. They arrive with the next synchronisation.</source>
        <translation>Nog geen plaatsingen op dit apparaat. Ze komen mee met de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Planning sections</source>
        <translation>Onderdelen van de planning</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Bridge officers</source>
        <translation>Brugfunctionarissen</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Volledigheid</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Jaarverslag</translation>
    </message>
</context>
<context>
    <name>ProgrammeLabels</name>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 uur</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 uur</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Basisschool</translation>
    </message>
    <message>
        <source>Special primary (sbo)</source>
        <translation>Speciaal basisonderwijs (sbo)</translation>
    </message>
    <message>
        <source>Special education (so)</source>
        <translation>Speciaal onderwijs (so)</translation>
    </message>
    <message>
        <source>Special education (so/vso)</source>
        <translation>Speciaal onderwijs (so/vso)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Overeenkomst getekend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>ProgressCard</name>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Back to this week</source>
        <translation>Terug naar deze week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>School year %1</source>
        <translation>Schooljaar %1</translation>
    </message>
</context>
<context>
    <name>ProposalPane</name>
    <message>
        <source>Proposal &apos;%1&apos;</source>
        <translation>Voorstel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Hide reasons</source>
        <translation>Redenen verbergen</translation>
    </message>
    <message>
        <source>Reasons per school</source>
        <translation>Redenen per school</translation>
    </message>
    <message>
        <source>Cost against the ceiling per school year</source>
        <translation>Kosten tegenover het plafond per schooljaar</translation>
    </message>
</context>
<context>
    <name>ProposalRulesCard</name>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Ceiling per school year (million EUR): 36 rises evenly to 36.0; or seven amounts, e.g. 6; 11; 16; 21; 26; 31; 36</source>
        <translation>Plafond per schooljaar (mln euro): 36 loopt gelijkmatig op naar 36,0; of zeven bedragen, bijvoorbeeld 6; 11; 16; 21; 26; 31; 36</translation>
    </message>
    <message>
        <source>Ceiling per school year in million euros</source>
        <translation>Plafond per schooljaar in miljoen euro</translation>
    </message>
    <message>
        <source>6 hours a week above need</source>
        <translation>6 uur per week boven behoefte</translation>
    </message>
    <message>
        <source>Need above which a school gets 6 hours</source>
        <translation>Behoefte waarboven een school 6 uur krijgt</translation>
    </message>
    <message>
        <source>At most this many new schools a year</source>
        <translation>Hoogstens zoveel nieuwe scholen per jaar</translation>
    </message>
    <message>
        <source>Maximum number of new schools per school year</source>
        <translation>Maximum aantal nieuwe scholen per schooljaar</translation>
    </message>
    <message>
        <source>Every municipality progresses each year</source>
        <translation>Elke gemeente schuift elk jaar op</translation>
    </message>
    <message>
        <source>Name of the proposal</source>
        <translation>Naam van het voorstel</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Voorstel maken</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>Opslaan als scenario</translation>
    </message>
    <message>
        <source>Saved as scenario &apos;%1&apos;.</source>
        <translation>Opgeslagen als scenario &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ReasonList</name>
    <message>
        <source>Search a school, code or municipality</source>
        <translation>Zoek een school, code of gemeente</translation>
    </message>
    <message>
        <source>Search the reasons</source>
        <translation>Zoeken in de redenen</translation>
    </message>
    <message>
        <source>Reasons per school</source>
        <translation>Redenen per school</translation>
    </message>
</context>
<context>
    <name>RecordSessionCard</name>
    <message>
        <source>Correct a session</source>
        <translation>Activiteit corrigeren</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Activiteit vastleggen</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Dag eerder</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Dag later</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Soort activiteit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>For example: the sports club, the music school</source>
        <translation>Bijvoorbeeld: de sportvereniging, de muziekschool</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Duur (uren)</translation>
    </message>
    <message>
        <source>Duration in hours</source>
        <translation>Duur in uren</translation>
    </message>
    <message>
        <source>Pupils taking part</source>
        <translation>Deelnemende leerlingen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Correctie opslaan</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Activiteit opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Correctie annuleren</translation>
    </message>
</context>
<context>
    <name>RegionMapPage</name>
    <message>
        <source>Colour by</source>
        <translation>Kleur op</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst</source>
        <translation>Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>Bridge officer</source>
        <translation>Brugfunctionaris</translation>
    </message>
    <message>
        <source>Bibliotheek op school</source>
        <translation>Bibliotheek op school</translation>
    </message>
    <message>
        <source>Colour the schools by %1</source>
        <translation>De scholen kleuren op %1</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Show municipality</source>
        <translation>Gemeente tonen</translation>
    </message>
    <message>
        <source>Municipality borders not found (%1): only the schools are drawn.</source>
        <translation>Gemeentegrenzen niet gevonden (%1): alleen de scholen worden getekend.</translation>
    </message>
    <message numerus="yes">
        <source>Map of the region with %n school location(s); arrow keys move between schools, Enter opens one</source>
        <translation><numerusform>Kaart van de regio met %n schoollocatie; pijltjestoetsen gaan van school naar school, Enter opent er een</numerusform><numerusform>Kaart van de regio met %n schoollocaties; pijltjestoetsen gaan van school naar school, Enter opent er een</numerusform></translation>
    </message>
    <message>
        <source>Whole region</source>
        <translation>Hele regio</translation>
    </message>
    <message>
        <source>Show the whole region</source>
        <translation>De hele regio tonen</translation>
    </message>
</context>
<context>
    <name>RegionalEditor</name>
    <message>
        <source>"%1" is not a date: write day-month-year, e.g. 1-9-2026.</source>
        <translation>"%1" is geen datum: schrijf dag-maand-jaar, bijv. 1-9-2026.</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>"%1" is geen getal.</translation>
    </message>
    <message>
        <source>Choose a tier: not yet, 2 hours or 6 hours.</source>
        <translation>Kies een niveau: nog niet, 2 uur of 6 uur.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Kies een status.</translation>
    </message>
    <message>
        <source>Choose the bridge officer.</source>
        <translation>Kies de brugfunctionaris.</translation>
    </message>
</context>
<context>
    <name>ReportPane</name>
    <message>
        <source>Yearly report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <source>The report of a school year with its tables and charts per programme and municipality, as verrijkt-cli report makes it. A closed school year shows its locked figures. Family-contact counts below 5 are shown as &quot;&lt; 5&quot;.</source>
        <translation>Het verslag van een schooljaar met tabellen en grafieken per programma en gemeente, zoals verrijkt-cli report het maakt. Een afgesloten schooljaar toont de vastgestelde cijfers. Aantallen gezinscontacten onder 5 staan er als &quot;&lt; 5&quot;.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>CSV (folder)</source>
        <translation>CSV (map)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Folder to write the report into</source>
        <translation>Map waarin het verslag komt</translation>
    </message>
    <message>
        <source>File name: %1 (a number is added if it exists)</source>
        <translation>Bestandsnaam: %1 (bestaat die al, dan komt er een nummer bij)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export the yearly report</source>
        <translation>Het jaarverslag exporteren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
</context>
<context>
    <name>ScenarioRow</name>
    <message>
        <source>Compare %1</source>
        <translation>%1 vergelijken</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>Show why each school starts when it does in %1</source>
        <translation>Laat zien waarom elke school in %1 start wanneer ze start</translation>
    </message>
</context>
<context>
    <name>ScenariosPane</name>
    <message>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <source>Tick the scenarios to compare side by side.</source>
        <translation>Vink de scenario&apos;s aan om ze naast elkaar te vergelijken.</translation>
    </message>
    <message>
        <source>Per municipality</source>
        <translation>Per gemeente</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Schools on 2 and 6 hours and pupils reached per municipality in each picked scenario</source>
        <translation>Scholen met 2 en 6 uur en bereikte leerlingen per gemeente in elk gekozen scenario</translation>
    </message>
</context>
<context>
    <name>SchoolFilterBar</name>
    <message>
        <source>Search by name, place or BRIN/vestiging code</source>
        <translation>Zoek op naam, plaats of BRIN-/vestigingscode</translation>
    </message>
    <message>
        <source>Search schools</source>
        <translation>Scholen zoeken</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Filters verbergen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst tier</source>
        <translation>Niveau Tijd voor Toekomst</translation>
    </message>
</context>
<context>
    <name>SchoolHeader</name>
    <message>
        <source>No school linked to this account yet</source>
        <translation>Nog geen school gekoppeld aan dit account</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School page of %1</source>
        <translation>Schoolpagina van %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <source>Unknown school %1</source>
        <translation>Onbekende school %1</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst</source>
        <translation>Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>Change participation</source>
        <translation>Deelname wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>from %1 · %n pupil(s) reached</source>
        <translation><numerusform>vanaf %1 · %n leerling bereikt</numerusform><numerusform>vanaf %1 · %n leerlingen bereikt</numerusform></translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 gegeven</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>No participation recorded yet.</source>
        <translation>Nog geen deelname vastgelegd.</translation>
    </message>
    <message>
        <source>Bridge officer</source>
        <translation>Brugfunctionaris</translation>
    </message>
    <message>
        <source>Add placement</source>
        <translation>Plaatsing toevoegen</translation>
    </message>
    <message>
        <source>%1 FTE</source>
        <translation>%1 fte</translation>
    </message>
    <message>
        <source>not active today</source>
        <translation>vandaag niet actief</translation>
    </message>
    <message>
        <source>No bridge officer placed.</source>
        <translation>Geen brugfunctionaris geplaatst.</translation>
    </message>
    <message>
        <source>Bibliotheek op school</source>
        <translation>Bibliotheek op school</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collectie</translation>
    </message>
    <message>
        <source>reading plan</source>
        <translation>leesplan</translation>
    </message>
    <message>
        <source>monitor done</source>
        <translation>monitor afgenomen</translation>
    </message>
    <message>
        <source>No status recorded yet.</source>
        <translation>Nog geen status vastgelegd.</translation>
    </message>
</context>
<context>
    <name>SchoolProgress</name>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Week %1 · %2 – %3</translation>
    </message>
    <message>
        <source>No extra hours planned for this school year yet.</source>
        <translation>Voor dit schooljaar zijn nog geen extra uren gepland.</translation>
    </message>
    <message>
        <source>%1 hours per pupil delivered (no hours due this week).</source>
        <translation>%1 uur per leerling gegeven (deze week waren geen uren gepland).</translation>
    </message>
    <message>
        <source>%1 of %2 hours per pupil</source>
        <translation>%1 van %2 uur per leerling</translation>
    </message>
    <message>
        <source>%1 of %2 hours per pupil due so far (%3 in the whole school year)</source>
        <translation>%1 van de %2 uur per leerling die tot nu toe gepland waren (%3 in het hele schooljaar)</translation>
    </message>
    <message>
        <source>Your school is a little behind on the extra hours this school year. Plan a few extra activities in the coming weeks to catch up.</source>
        <translation>Uw school loopt dit schooljaar wat achter met de extra uren. Plan de komende weken een paar extra activiteiten om bij te komen.</translation>
    </message>
    <message>
        <source>Your school is on track this school year.</source>
        <translation>Uw school ligt dit schooljaar op koers.</translation>
    </message>
</context>
<context>
    <name>SchoolRegisterPage</name>
    <message numerus="yes">
        <source>%n school location(s)</source>
        <translation><numerusform>%n schoollocatie</numerusform><numerusform>%n schoollocaties</numerusform></translation>
    </message>
    <message>
        <source>School locations</source>
        <translation>Schoollocaties</translation>
    </message>
</context>
<context>
    <name>SchoolRow</name>
    <message>
        <source>%1, %2, %3. Tijd voor Toekomst: %4. Bridge officer: %5. Library: %6</source>
        <translation>%1, %2, %3. Tijd voor Toekomst: %4. Brugfunctionaris: %5. Bibliotheek: %6</translation>
    </message>
    <message>
        <source>%1 FTE</source>
        <translation>%1 fte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>BF %1</source>
        <translation>BF %1</translation>
    </message>
    <message>
        <source>No BF</source>
        <translation>Geen BF</translation>
    </message>
</context>
<context>
    <name>SelectedSchoolCard</name>
    <message>
        <source>Tijd voor Toekomst: %1</source>
        <translation>Tijd voor Toekomst: %1</translation>
    </message>
    <message>
        <source>Bibliotheek op school: %1</source>
        <translation>Bibliotheek op school: %1</translation>
    </message>
    <message>
        <source>Open school</source>
        <translation>School openen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Choose what kind of activity it was.</source>
        <translation>Kies wat voor activiteit het was.</translation>
    </message>
    <message>
        <source>Not saved yet: please check the fields marked in red.</source>
        <translation>Nog niet opgeslagen: kijk de rood gemarkeerde velden na.</translation>
    </message>
    <message>
        <source>The session could not be saved on this device. Please try again.</source>
        <translation>De activiteit kon niet op dit apparaat worden opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>Correctie opgeslagen.</translation>
    </message>
    <message>
        <source>Session of %1 saved.</source>
        <translation>Activiteit van %1 opgeslagen.</translation>
    </message>
    <message>
        <source>You can only correct sessions you recorded yourself.</source>
        <translation>U kunt alleen activiteiten corrigeren die u zelf hebt vastgelegd.</translation>
    </message>
    <message>
        <source>You can only withdraw sessions you recorded yourself.</source>
        <translation>U kunt alleen activiteiten intrekken die u zelf hebt vastgelegd.</translation>
    </message>
    <message>
        <source>The session could not be withdrawn on this device.</source>
        <translation>De activiteit kon op dit apparaat niet worden ingetrokken.</translation>
    </message>
    <message>
        <source>Session of %1 withdrawn.</source>
        <translation>Activiteit van %1 ingetrokken.</translation>
    </message>
    <message>
        <source>This record could not be discarded.</source>
        <translation>Deze registratie kon niet worden weggegooid.</translation>
    </message>
    <message>
        <source>The refused record was discarded.</source>
        <translation>De geweigerde registratie is weggegooid.</translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <source>(corrected)</source>
        <translation>(gecorrigeerd)</translation>
    </message>
    <message numerus="yes">
        <source>%1 h · %n pupil(s)</source>
        <translation><numerusform>%1 uur · %n leerling</numerusform><numerusform>%1 uur · %n leerlingen</numerusform></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <source>Correct the session of %1</source>
        <translation>De activiteit van %1 corrigeren</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Withdraw the session of %1</source>
        <translation>De activiteit van %1 intrekken</translation>
    </message>
    <message>
        <source>Withdraw this session?</source>
        <translation>Deze activiteit intrekken?</translation>
    </message>
    <message>
        <source>Yes, withdraw</source>
        <translation>Ja, intrekken</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>De activiteit behouden</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Geweigerd door de server: %1</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Fix the refused session of %1</source>
        <translation>De geweigerde activiteit van %1 herstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Discard the refused session of %1</source>
        <translation>De geweigerde activiteit van %1 weggooien</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n activiteit</numerusform><numerusform>%n activiteiten</numerusform></translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>No sessions recorded in this school year yet.</source>
        <translation>Nog geen activiteiten vastgelegd in dit schooljaar.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Verrijkt</source>
        <translation>Verrijkt</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst, bridge officers and Bibliotheek op school in Groningen and Noord-Drenthe</source>
        <translation>Tijd voor Toekomst, brugfunctionarissen en Bibliotheek op school in Groningen en Noord-Drenthe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>for example verrijkt.nijbegun.nl</source>
        <translation>bijvoorbeeld verrijkt.nijbegun.nl</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Bezig met inloggen</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Downloading the data for your schools. You can keep working.</source>
        <translation>De gegevens van uw scholen worden gedownload. U kunt gewoon doorwerken.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Not synchronised</source>
        <translation>Niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Nu synchroniseren</translation>
    </message>
</context>
<context>
    <name>SyncStateBadge</name>
    <message>
        <source>Not sent yet</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation><numerusform>Nieuwe poging over %n seconde.</numerusform><numerusform>Nieuwe poging over %n seconden.</numerusform></translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again to keep synchronising.</source>
        <translation>De server accepteert uw aanmelding niet meer. Log opnieuw in om te blijven synchroniseren.</translation>
    </message>
    <message>
        <source>This version of the app is too old for the server. Please install the update.</source>
        <translation>Deze versie van de app is te oud voor de server. Installeer de update.</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last synchronised today at %1</source>
        <translation>Laatst gesynchroniseerd vandaag om %1</translation>
    </message>
    <message>
        <source>Last synchronised yesterday at %1</source>
        <translation>Laatst gesynchroniseerd gisteren om %1</translation>
    </message>
    <message>
        <source>Last synchronised on %1 at %2</source>
        <translation>Laatst gesynchroniseerd op %1 om %2</translation>
    </message>
    <message>
        <source>Downloading your data…</source>
        <translation>Uw gegevens worden gedownload…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n wijziging wacht op verzenden</numerusform><numerusform>%n wijzigingen wachten op verzenden</numerusform></translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Alles verstuurd</translation>
    </message>
    <message>
        <source>Sign in again to synchronise.</source>
        <translation>Log opnieuw in om te synchroniseren.</translation>
    </message>
</context>
<context>
    <name>WeekSessionsCard</name>
    <message>
        <source>No sessions recorded in this week yet.</source>
        <translation>Nog geen activiteiten vastgelegd in deze week.</translation>
    </message>
</context>
<context>
    <name>verrijkt::BuildUpModel</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Placed FTE</source>
        <translation>Geplaatste fte</translation>
    </message>
    <message>
        <source>Target FTE</source>
        <translation>Doel-fte</translation>
    </message>
    <message>
        <source>Open vacancies (FTE)</source>
        <translation>Openstaande vacatures (fte)</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Average placed FTE</source>
        <translation>Gemiddeld geplaatste fte</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Policy budget</source>
        <translation>Beleidsbudget</translation>
    </message>
    <message>
        <source>%1 of %2 FTE placed on %3; %4 FTE open; %5 schools without a bridge officer.</source>
        <translation>%1 van %2 fte geplaatst op %3; %4 fte open; %5 scholen zonder brugfunctionaris.</translation>
    </message>
    <message>
        <source>The build-up starts on 1 August 2026; %1 schools without a bridge officer.</source>
        <translation>De opbouw begint op 1 augustus 2026; %1 scholen zonder brugfunctionaris.</translation>
    </message>
</context>
<context>
    <name>verrijkt::CompletenessModel</name>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>No teaching weeks to look at yet in %1.</source>
        <translation>Nog geen lesweken om te bekijken in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 schools taking part recorded no session since %3 (the last %n teaching week(s)).</source>
        <translation><numerusform>%1 van %2 deelnemende scholen registreerden geen activiteit sinds %3 (de laatste %n lesweek).</numerusform><numerusform>%1 van %2 deelnemende scholen registreerden geen activiteit sinds %3 (de laatste %n lesweken).</numerusform></translation>
    </message>
</context>
<context>
    <name>verrijkt::CoverageModel</name>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst</source>
        <translation>Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>of which 6 h</source>
        <translation>waarvan 6 uur</translation>
    </message>
    <message>
        <source>Bridge officer</source>
        <translation>Brugfunctionaris</translation>
    </message>
    <message>
        <source>Bibliotheek op school</source>
        <translation>Bibliotheek op school</translation>
    </message>
    <message>
        <source>All three</source>
        <translation>Alle drie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>All three (%)</source>
        <translation>Alle drie (%)</translation>
    </message>
    <message>
        <source>%1: of %2 locations %3 have Tijd voor Toekomst (%4), %5 a bridge officer (%6), %7 Bibliotheek op school (%8); %9 all three.</source>
        <translation>%1: van %2 locaties hebben %3 Tijd voor Toekomst (%4), %5 een brugfunctionaris (%6), %7 Bibliotheek op school (%8); %9 alle drie.</translation>
    </message>
    <message>
        <source>No participations recorded for %1 yet: Tijd voor Toekomst follows plan &apos;%2&apos;. Bridge officers are counted on %3.</source>
        <translation>Nog geen deelnames geregistreerd voor %1: Tijd voor Toekomst volgt plan &apos;%2&apos;. Brugfunctionarissen geteld op %3.</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst from the recorded participations of %1; bridge officers counted on %2.</source>
        <translation>Tijd voor Toekomst uit de geregistreerde deelnames van %1; brugfunctionarissen geteld op %2.</translation>
    </message>
</context>
<context>
    <name>verrijkt::DashboardModel</name>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Plan 2 h</source>
        <translation>Plan 2 uur</translation>
    </message>
    <message>
        <source>Plan 6 h</source>
        <translation>Plan 6 uur</translation>
    </message>
    <message>
        <source>Taking part 2 h</source>
        <translation>Doet mee 2 uur</translation>
    </message>
    <message>
        <source>Taking part 6 h</source>
        <translation>Doet mee 6 uur</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Entitled (1,000 pupil-hours)</source>
        <translation>Recht (× 1.000 leerlinguren)</translation>
    </message>
    <message>
        <source>Delivered (1,000 pupil-hours)</source>
        <translation>Gegeven (× 1.000 leerlinguren)</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisatie</translation>
    </message>
    <message>
        <source>Target FTE</source>
        <translation>Doel fte</translation>
    </message>
    <message>
        <source>Placed FTE (1 Oct)</source>
        <translation>Geplaatst fte (1 okt.)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Raming</translation>
    </message>
    <message>
        <source>Policy figure</source>
        <translation>Beleidsbedrag</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst</source>
        <translation>Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>Bridge officers</source>
        <translation>Brugfunctionarissen</translation>
    </message>
    <message>
        <source>Bibliotheek op school</source>
        <translation>Bibliotheek op school</translation>
    </message>
    <message>
        <source>No participations recorded for %1</source>
        <translation>Geen deelnames vastgelegd voor %1</translation>
    </message>
    <message>
        <source>%1 of entitled pupil-hours delivered</source>
        <translation>%1 van de leerlinguren waar recht op is, gegeven</translation>
    </message>
    <message>
        <source>%1 of %2 FTE placed on %3</source>
        <translation>%1 van %2 fte geplaatst op %3</translation>
    </message>
    <message>
        <source>%1 of %2 locations covered (%3)</source>
        <translation>%1 van %2 locaties bereikt (%3)</translation>
    </message>
    <message>
        <source>%1 estimated against %2 in the policy</source>
        <translation>%1 geraamd tegenover %2 in het beleid</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) taking part, %1 in the plan</source>
        <translation><numerusform>%n school doet mee, %1 in het plan</numerusform><numerusform>%n scholen doen mee, %1 in het plan</numerusform></translation>
    </message>
    <message>
        <source>No placements recorded yet: the bridge-officer budget uses the build-up target.</source>
        <translation>Nog geen plaatsingen vastgelegd: het budget voor brugfunctionarissen gaat uit van het opbouwdoel.</translation>
    </message>
    <message>
        <source>No library statuses recorded yet: the library budget assumes every location.</source>
        <translation>Nog geen bibliotheekstatussen vastgelegd: het bibliotheekbudget gaat uit van alle locaties.</translation>
    </message>
</context>
<context>
    <name>verrijkt::LibraryEditor</name>
    <message>
        <source>No database is open: nothing was saved.</source>
        <translation>Er is geen database geopend: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>De status kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saved: %1 in %2.</source>
        <translation>Opgeslagen: %1 in %2.</translation>
    </message>
</context>
<context>
    <name>verrijkt::NeedSource</name>
    <message>
        <source>Synthetic need indicator (seed %1): made-up numbers from 0 to 20 for trying the planner. They say nothing about any real school.</source>
        <translation>Synthetische behoefte-indicator (startwaarde %1): verzonnen getallen van 0 tot 20 om de planner uit te proberen. Ze zeggen niets over een echte school.</translation>
    </message>
    <message>
        <source>No need indicator file read yet.</source>
        <translation>Nog geen bestand met de behoefte-indicator ingelezen.</translation>
    </message>
    <message>
        <source>Need indicator from %1: %2 schools.</source>
        <translation>Behoefte-indicator uit %1: %2 scholen.</translation>
    </message>
    <message>
        <source>Choose a CSV file with the columns vestiging and need.</source>
        <translation>Kies een CSV-bestand met de kolommen vestiging en need.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... en nog %1.</translation>
    </message>
    <message>
        <source>%1 line(s) rejected; the file is not used:</source>
        <translation>%1 regel(s) afgewezen; het bestand wordt niet gebruikt:</translation>
    </message>
</context>
<context>
    <name>verrijkt::ParticipationEditor</name>
    <message>
        <source>No database is open: nothing was saved.</source>
        <translation>Er is geen database geopend: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The participation could not be saved: %1</source>
        <translation>De deelname kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saved: %1 in %2.</source>
        <translation>Opgeslagen: %1 in %2.</translation>
    </message>
</context>
<context>
    <name>verrijkt::PlacementEditor</name>
    <message>
        <source>%1 (%2, contract %3 FTE)</source>
        <translation>%1 (%2, contract %3 fte)</translation>
    </message>
    <message>
        <source>No database is open: nothing was saved.</source>
        <translation>Er is geen database geopend: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The placement could not be saved: %1</source>
        <translation>De plaatsing kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Placement saved.</source>
        <translation>Plaatsing opgeslagen.</translation>
    </message>
</context>
<context>
    <name>verrijkt::PlanningStore</name>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>Give the scenario a name.</source>
        <translation>Geef het scenario een naam.</translation>
    </message>
    <message>
        <source>A scenario name cannot begin or end with a space.</source>
        <translation>Een scenarionaam kan niet met een spatie beginnen of eindigen.</translation>
    </message>
    <message>
        <source>&apos;default&apos; is the plan that follows the register; choose another name.</source>
        <translation>&apos;default&apos; is het plan dat het register volgt; kies een andere naam.</translation>
    </message>
    <message>
        <source>A scenario named &apos;%1&apos; already exists.</source>
        <translation>Er bestaat al een scenario &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no scenario named &apos;%1&apos;.</source>
        <translation>Er is geen scenario &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The scenario could not be stored: %1</source>
        <translation>Het scenario kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>verrijkt::ProposalModel</name>
    <message>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>Already taking part</source>
        <translation>Doet al mee</translation>
    </message>
    <message>
        <source>%1 of %2 locations take part by %3; at most %4 new schools a year; 6 hours above need %5.</source>
        <translation>%1 van %2 locaties doen mee in %3; hoogstens %4 nieuwe scholen per jaar; 6 uur boven behoefte %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a municipality could not progress in a year.</source>
        <translation><numerusform>%n keer kon een gemeente in een jaar niet opschuiven.</numerusform><numerusform>%n keer kon een gemeente in een jaar niet opschuiven.</numerusform></translation>
    </message>
    <message>
        <source>The register is not on this device yet.</source>
        <translation>Het register staat nog niet op dit apparaat.</translation>
    </message>
    <message>
        <source>Ceiling: &apos;%1&apos; is not an amount in million euros (e.g. 36) or seven amounts (e.g. 6; 11; 16; 21; 26; 31; 36).</source>
        <translation>Plafond: &apos;%1&apos; is geen bedrag in miljoen euro (bijvoorbeeld 36) of zeven bedragen (bijvoorbeeld 6; 11; 16; 21; 26; 31; 36).</translation>
    </message>
    <message>
        <source>Choose a need indicator first.</source>
        <translation>Kies eerst een behoefte-indicator.</translation>
    </message>
    <message>
        <source>Make a proposal first.</source>
        <translation>Maak eerst een voorstel.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>New schools</source>
        <translation>Nieuwe scholen</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Doet mee</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst cost</source>
        <translation>Kosten Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
</context>
<context>
    <name>verrijkt::RegionalStore</name>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>The local database could not be read: %1</source>
        <translation>De lokale database kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>All school types</source>
        <translation>Alle schoolsoorten</translation>
    </message>
</context>
<context>
    <name>verrijkt::ReportExporter</name>
    <message>
        <source>The local database could not be opened: %1</source>
        <translation>De lokale database kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Het verslag is niet geschreven: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 written to %2 (%n page(s)).</source>
        <translation><numerusform>%1 geschreven naar %2 (%n pagina).</numerusform><numerusform>%1 geschreven naar %2 (%n pagina&apos;s).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 written to %2 (%n table(s)).</source>
        <translation><numerusform>%1 geschreven naar %2 (%n tabel).</numerusform><numerusform>%1 geschreven naar %2 (%n tabellen).</numerusform></translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 geschreven naar %2.</translation>
    </message>
    <message>
        <source>The school year is closed: the report shows the %1.</source>
        <translation>Het schooljaar is afgesloten: het verslag toont de %1.</translation>
    </message>
    <message>
        <source>The current data differ since then in: %1.</source>
        <translation>De actuele gegevens wijken sindsdien af in: %1.</translation>
    </message>
    <message>
        <source>Choose an existing folder to write the report into.</source>
        <translation>Kies een bestaande map voor het verslag.</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>Kies waar het verslag moet komen.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>%1 is closed: the report shows the %2.</source>
        <translation>%1 is afgesloten: het verslag toont de %2.</translation>
    </message>
    <message>
        <source>%1 was reopened: the report is computed from the current data.</source>
        <translation>%1 is heropend: het verslag wordt berekend uit de actuele gegevens.</translation>
    </message>
    <message>
        <source>%1 is open: the report is computed from the current data.</source>
        <translation>%1 is open: het verslag wordt berekend uit de actuele gegevens.</translation>
    </message>
</context>
<context>
    <name>verrijkt::ScenarioComparisonModel</name>
    <message>
        <source>Pick two or more scenarios to compare them.</source>
        <translation>Kies twee of meer scenario&apos;s om ze te vergelijken.</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) start in another school year or on another tier in %1 than in %2.</source>
        <translation><numerusform>%n school start in %1 in een ander schooljaar of met een andere variant dan in %2.</numerusform><numerusform>%n scholen starten in %1 in een ander schooljaar of met een andere variant dan in %2.</numerusform></translation>
    </message>
    <message>
        <source>%1 schools, %2 pupils</source>
        <translation>%1 scholen, %2 leerlingen</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Policy budget</source>
        <translation>Beleidsbudget</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>%1: 2 h</source>
        <translation>%1: 2 uur</translation>
    </message>
    <message>
        <source>%1: 6 h</source>
        <translation>%1: 6 uur</translation>
    </message>
    <message>
        <source>%1: pupils</source>
        <translation>%1: leerlingen</translation>
    </message>
</context>
<context>
    <name>verrijkt::ScenarioListModel</name>
    <message>
        <source>%1 schools by %2, %3 on 6 hours; Tijd voor Toekomst %4 in %2</source>
        <translation>%1 scholen in %2, %3 met 6 uur; Tijd voor Toekomst %4 in %2</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (niet opgeslagen)</translation>
    </message>
</context>
<context>
    <name>verrijkt::SchoolProgrammes</name>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation><numerusform>%n leerling</numerusform><numerusform>%n leerlingen</numerusform></translation>
    </message>
    <message>
        <source>Pupil count unknown</source>
        <translation>Aantal leerlingen onbekend</translation>
    </message>
    <message>
        <source>Wave 0: taking part since before 2026, %1 a week</source>
        <translation>Golf 0: doet al mee van vóór 2026, %1 per week</translation>
    </message>
    <message>
        <source>Wave %1: starts in %2, %3 a week</source>
        <translation>Golf %1: start in %2, %3 per week</translation>
    </message>
    <message>
        <source>Not in the rollout plan</source>
        <translation>Niet in het uitrolplan</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Unknown officer</source>
        <translation>Onbekende brugfunctionaris</translation>
    </message>
    <message>
        <source>%1 FTE placed today</source>
        <translation>%1 fte vandaag geplaatst</translation>
    </message>
</context>
</TS>
