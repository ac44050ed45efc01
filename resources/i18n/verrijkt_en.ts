<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keychain.</source>
        <translation>Your sign-in is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in a file only you can read.</source>
        <translation>Your sign-in is kept in a file only you can read.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Signing out removes the family contacts and your sign-in from this device. Everything that was sent stays safe on the server.</source>
        <translation>Signing out removes the family contacts and your sign-in from this device. Everything that was sent stays safe on the server.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchronise now</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this device have not been sent yet and would be lost. Synchronise first.</source>
        <translation><numerusform>%n change on this device have not been sent yet and would be lost. Synchronise first.</numerusform><numerusform>%n changes on this device have not been sent yet and would be lost. Synchronise first.</numerusform></translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>Sign out anyway</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation>The user name or password is not right.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Too many attempts. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>This account has been switched off. Ask the regional team.</source>
        <translation>This account has been switched off. Ask the regional team.</translation>
    </message>
    <message>
        <source>The address does not lead to a Verrijkt server. Check the server address.</source>
        <translation>The address does not lead to a Verrijkt server. Check the server address.</translation>
    </message>
    <message>
        <source>School coordinator</source>
        <translation>School coordinator</translation>
    </message>
    <message>
        <source>Bridge officer</source>
        <translation>Bridge officer</translation>
    </message>
    <message>
        <source>Regional team</source>
        <translation>Regional team</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Enter the server address, for example verrijkt.nijbegun.nl.</source>
        <translation>Enter the server address, for example verrijkt.nijbegun.nl.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Signing in worked, but this device could not save it: %1</source>
        <translation>Signing in worked, but this device could not save it: %1</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Sign in again to keep synchronising.</source>
        <translation>Your session on the server has ended. Sign in again to keep synchronising.</translation>
    </message>
    <message>
        <source>The family contacts could not be removed from this device, so you are still signed in. Please try again.</source>
        <translation>The family contacts could not be removed from this device, so you are still signed in. Please try again.</translation>
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
        <translation>Placed FTE per month against the build-up to 64 FTE</translation>
    </message>
    <message>
        <source>Line chart: placed FTE and target FTE on the first of every month</source>
        <translation>Line chart: placed FTE and target FTE on the first of every month</translation>
    </message>
    <message>
        <source>months from August 2026</source>
        <translation>months from August 2026</translation>
    </message>
    <message>
        <source>Placed FTE</source>
        <translation>Placed FTE</translation>
    </message>
    <message>
        <source>Target FTE</source>
        <translation>Target FTE</translation>
    </message>
    <message>
        <source>Cost per school year against 6.4 M EUR</source>
        <translation>Cost per school year against 6.4 M EUR</translation>
    </message>
    <message>
        <source>Bridge-officer cost per school year</source>
        <translation>Bridge-officer cost per school year</translation>
    </message>
    <message>
        <source>Schools without a bridge officer, highest need first</source>
        <translation>Schools without a bridge officer, highest need first</translation>
    </message>
    <message>
        <source>Schools without a bridge officer</source>
        <translation>Schools without a bridge officer</translation>
    </message>
    <message>
        <source>%1. %2, %3: need %4, %5 pupils</source>
        <translation>%1. %2, %3: need %4, %5 pupils</translation>
    </message>
    <message>
        <source>need %1</source>
        <translation>need %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show %1 as a chart</source>
        <translation>Show %1 as a chart</translation>
    </message>
    <message>
        <source>Show the numbers of %1 as a table</source>
        <translation>Show the numbers of %1 as a table</translation>
    </message>
    <message>
        <source>Numbers of %1</source>
        <translation>Numbers of %1</translation>
    </message>
</context>
<context>
    <name>ComparisonCharts</name>
    <message>
        <source>Pupils reached per school year</source>
        <translation>Pupils reached per school year</translation>
    </message>
    <message>
        <source>Bar chart: pupils reached per school year in each picked scenario</source>
        <translation>Bar chart: pupils reached per school year in each picked scenario</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst budget against the policy budget</source>
        <translation>Tijd voor Toekomst budget against the policy budget</translation>
    </message>
    <message>
        <source>Bar chart: Tijd voor Toekomst budget per school year in each picked scenario, with the policy budget as a line</source>
        <translation>Bar chart: Tijd voor Toekomst budget per school year in each picked scenario, with the policy budget as a line</translation>
    </message>
    <message>
        <source>million EUR</source>
        <translation>million EUR</translation>
    </message>
</context>
<context>
    <name>ComparisonYearCard</name>
    <message>
        <source>2 hours a week</source>
        <translation>2 hours a week</translation>
    </message>
    <message>
        <source>6 hours a week</source>
        <translation>6 hours a week</translation>
    </message>
    <message>
        <source>New schools</source>
        <translation>New schools</translation>
    </message>
    <message>
        <source>Pupils reached</source>
        <translation>Pupils reached</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst budget</source>
        <translation>Tijd voor Toekomst budget</translation>
    </message>
    <message>
        <source>Share of the yearly 36.0 M EUR</source>
        <translation>Share of the yearly 36.0 M EUR</translation>
    </message>
    <message>
        <source>All three programmes</source>
        <translation>All three programmes</translation>
    </message>
    <message>
        <source>Policy budget, all three</source>
        <translation>Policy budget, all three</translation>
    </message>
</context>
<context>
    <name>CompletenessPane</name>
    <message>
        <source>Schools without recorded sessions</source>
        <translation>Schools without recorded sessions</translation>
    </message>
    <message>
        <source>Teaching weeks</source>
        <translation>Teaching weeks</translation>
    </message>
    <message>
        <source>Number of teaching weeks to look back</source>
        <translation>Number of teaching weeks to look back</translation>
    </message>
    <message>
        <source>%1, %2: last session %3</source>
        <translation>%1, %2: last session %3</translation>
    </message>
    <message>
        <source>taking part since %1; last session: %2</source>
        <translation>taking part since %1; last session: %2</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Your bridge-officer record has not reached this device yet. Synchronise first.</source>
        <translation>Your bridge-officer record has not reached this device yet. Synchronise first.</translation>
    </message>
    <message>
        <source>Pick a family or start a new one.</source>
        <translation>Pick a family or start a new one.</translation>
    </message>
    <message>
        <source>Not saved yet: please check the fields marked in red.</source>
        <translation>Not saved yet: please check the fields marked in red.</translation>
    </message>
    <message>
        <source>The contact could not be saved on this device. Please try again.</source>
        <translation>The contact could not be saved on this device. Please try again.</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>Correction saved.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact saved.</translation>
    </message>
    <message>
        <source>The contact could not be withdrawn on this device.</source>
        <translation>The contact could not be withdrawn on this device.</translation>
    </message>
    <message>
        <source>Contact withdrawn.</source>
        <translation>Contact withdrawn.</translation>
    </message>
    <message>
        <source>This record could not be discarded.</source>
        <translation>This record could not be discarded.</translation>
    </message>
    <message>
        <source>The refused record was discarded.</source>
        <translation>The refused record was discarded.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Correct a contact</source>
        <translation>Correct a contact</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Day before</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Day after</translation>
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
        <translation>Who asked for the contact</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Support given</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Duration %1 minutes</source>
        <translation>Duration %1 minutes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation><numerusform>In %n week</numerusform><numerusform>In %n weeks</numerusform></translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
    <message numerus="yes">
        <source>Follow up in %n week(s)</source>
        <translation><numerusform>Follow up in %n week</numerusform><numerusform>Follow up in %n weeks</numerusform></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Cancel the correction</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>All months</source>
        <translation>All months</translation>
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
        <translation>follow-up %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Fix the refused contact of %1</source>
        <translation>Fix the refused contact of %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard the refused contact of %1</source>
        <translation>Discard the refused contact of %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Correct the contact of %1</source>
        <translation>Correct the contact of %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Withdraw the contact of %1</source>
        <translation>Withdraw the contact of %1</translation>
    </message>
    <message>
        <source>Yes, withdraw</source>
        <translation>Yes, withdraw</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep the contact</source>
        <translation>Keep the contact</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message>
        <source>No contacts in this selection.</source>
        <translation>No contacts in this selection.</translation>
    </message>
</context>
<context>
    <name>CoordinatorHome</name>
    <message>
        <source>School year %1 · %2</source>
        <translation>School year %1 · %2</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sessions this week</translation>
    </message>
    <message>
        <source>Sessions in week %1</source>
        <translation>Sessions in week %1</translation>
    </message>
</context>
<context>
    <name>CoveragePane</name>
    <message>
        <source>Coverage per municipality</source>
        <translation>Coverage per municipality</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Plan for years without participations</source>
        <translation>Plan for years without participations</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Rollout %1</source>
        <translation>Rollout %1</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst</source>
        <translation>Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Bridge officers</source>
        <translation>Bridge officers</translation>
    </message>
    <message>
        <source>Bibliotheek op school</source>
        <translation>Bibliotheek op school</translation>
    </message>
    <message>
        <source>Schools per tier against the plan</source>
        <translation>Schools per tier against the plan</translation>
    </message>
    <message>
        <source>Bar chart: schools per tier against the plan per school year</source>
        <translation>Bar chart: schools per tier against the plan per school year</translation>
    </message>
    <message>
        <source>Delivered against entitled hours per municipality</source>
        <translation>Delivered against entitled hours per municipality</translation>
    </message>
    <message>
        <source>Bar chart: entitled and delivered pupil-hours per municipality</source>
        <translation>Bar chart: entitled and delivered pupil-hours per municipality</translation>
    </message>
    <message>
        <source>1,000 pupil-hours</source>
        <translation>1,000 pupil-hours</translation>
    </message>
    <message>
        <source>Bridge officers: FTE placed against the build-up to 64 FTE</source>
        <translation>Bridge officers: FTE placed against the build-up to 64 FTE</translation>
    </message>
    <message>
        <source>Chart: placed FTE per school year against the build-up target</source>
        <translation>Chart: placed FTE per school year against the build-up target</translation>
    </message>
    <message>
        <source>Bibliotheek op school coverage per municipality</source>
        <translation>Bibliotheek op school coverage per municipality</translation>
    </message>
    <message>
        <source>Bar chart: share of locations covered per municipality</source>
        <translation>Bar chart: share of locations covered per municipality</translation>
    </message>
    <message>
        <source>Budget per programme against the policy figures</source>
        <translation>Budget per programme against the policy figures</translation>
    </message>
    <message>
        <source>Bar chart: estimated budget and policy figure per programme, millions of euros</source>
        <translation>Bar chart: estimated budget and policy figure per programme, millions of euros</translation>
    </message>
    <message>
        <source>million EUR</source>
        <translation>million EUR</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>FamilyPicker</name>
    <message>
        <source>New family</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>New family: make a new family code</source>
        <translation>New family: make a new family code</translation>
    </message>
    <message>
        <source>Search a family code</source>
        <translation>Search a family code</translation>
    </message>
    <message>
        <source>New family: %1</source>
        <translation>New family: %1</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Family: %1</translation>
    </message>
    <message>
        <source>Family %1, last contact %2</source>
        <translation>Family %1, last contact %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more: search on the code to find them.</source>
        <translation><numerusform>%n more: search on the code to find them.</numerusform><numerusform>%n more: search on the code to find them.</numerusform></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Talent development</source>
        <translation>Talent development</translation>
    </message>
    <message>
        <source>Sport and exercise</source>
        <translation>Sport and exercise</translation>
    </message>
    <message>
        <source>Art and culture</source>
        <translation>Art and culture</translation>
    </message>
    <message>
        <source>Wellbeing and health</source>
        <translation>Wellbeing and health</translation>
    </message>
    <message>
        <source>Basic skills</source>
        <translation>Basic skills</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Myself</translation>
    </message>
    <message>
        <source>Talk at school</source>
        <translation>Talk at school</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Group meeting</translation>
    </message>
    <message>
        <source>Money and income</source>
        <translation>Money and income</translation>
    </message>
    <message>
        <source>Care and health</source>
        <translation>Care and health</translation>
    </message>
    <message>
        <source>Safety at home</source>
        <translation>Safety at home</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Parenting</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>Learning and school</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Listened</source>
        <translation>Listened</translation>
    </message>
    <message>
        <source>Advice to parent</source>
        <translation>Advice to parent</translation>
    </message>
    <message>
        <source>Advice to teacher</source>
        <translation>Advice to teacher</translation>
    </message>
    <message>
        <source>Help with an allowance</source>
        <translation>Help with an allowance</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>No referral</translation>
    </message>
    <message>
        <source>Neighbourhood team</source>
        <translation>Neighbourhood team</translation>
    </message>
    <message>
        <source>GGD youth health care</source>
        <translation>GGD youth health care</translation>
    </message>
    <message>
        <source>Debt counselling</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>No extra hours yet</source>
        <translation>No extra hours yet</translation>
    </message>
    <message>
        <source>2 hours a week</source>
        <translation>2 hours a week</translation>
    </message>
    <message>
        <source>6 hours a week</source>
        <translation>6 hours a week</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>€%1M</source>
        <extracomment>An amount in millions of euros, e.g. "€ 36,00 mln" in Dutch.</extracomment>
        <translation>€%1M</translation>
    </message>
</context>
<context>
    <name>FollowUpsCard</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>No follow-ups due in the coming week.</source>
        <translation>No follow-ups due in the coming week.</translation>
    </message>
    <message>
        <source>Follow up family %1 at %2, due %3</source>
        <translation>Follow up family %1 at %2, due %3</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
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
        <translation>Library organisation</translation>
    </message>
    <message>
        <source>Reading consultant, hours a week</source>
        <translation>Reading consultant, hours a week</translation>
    </message>
    <message>
        <source>Collection at school</source>
        <translation>Collection at school</translation>
    </message>
    <message>
        <source>Reading plan adopted</source>
        <translation>Reading plan adopted</translation>
    </message>
    <message>
        <source>Reading monitor done</source>
        <translation>Reading monitor done</translation>
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
        <translation>My school</translation>
    </message>
    <message>
        <source>Sessions this school year</source>
        <translation>Sessions this school year</translation>
    </message>
    <message>
        <source>Account and sync</source>
        <translation>Account and sync</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>My contacts</translation>
    </message>
    <message>
        <source>My placements</source>
        <translation>My placements</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
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
        <translation>Legend</translation>
    </message>
    <message numerus="yes">
        <source>%n school location(s)</source>
        <translation><numerusform>%n school location</numerusform><numerusform>%n school locations</numerusform></translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>No bridge officer</source>
        <translation>No bridge officer</translation>
    </message>
    <message>
        <source>Bridge officer placed</source>
        <translation>Bridge officer placed</translation>
    </message>
</context>
<context>
    <name>NeedSourceCard</name>
    <message>
        <source>Need indicator</source>
        <translation>Need indicator</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>Synthetic</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>From a file</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Seed of the synthetic need indicator</source>
        <translation>Seed of the synthetic need indicator</translation>
    </message>
    <message>
        <source>From a CSV file with the columns vestiging and need</source>
        <translation>From a CSV file with the columns vestiging and need</translation>
    </message>
    <message>
        <source>Path of the file, e.g. /home/regioteam/behoefte.csv</source>
        <translation>Path of the file, e.g. /home/regioteam/behoefte.csv</translation>
    </message>
    <message>
        <source>Path of the need indicator file</source>
        <translation>Path of the need indicator file</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
</context>
<context>
    <name>NewScenarioForm</name>
    <message>
        <source>Name of the new scenario</source>
        <translation>Name of the new scenario</translation>
    </message>
    <message>
        <source>Fresh default plan</source>
        <translation>Fresh default plan</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Start from</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Create the scenario</source>
        <translation>Create the scenario</translation>
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
        <translation>School year</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <source>Start date (day-month-year)</source>
        <translation>Start date (day-month-year)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Pupils reached</source>
        <translation>Pupils reached</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Change placement</source>
        <translation>Change placement</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>New placement</translation>
    </message>
    <message>
        <source>Bridge officer</source>
        <translation>Bridge officer</translation>
    </message>
    <message>
        <source>Choose an officer</source>
        <translation>Choose an officer</translation>
    </message>
    <message>
        <source>FTE at this school</source>
        <translation>FTE at this school</translation>
    </message>
    <message>
        <source>e.g. 0,6</source>
        <translation>e.g. 0,6</translation>
    </message>
    <message>
        <source>From (day-month-year)</source>
        <translation>From (day-month-year)</translation>
    </message>
    <message>
        <source>Placed from</source>
        <translation>Placed from</translation>
    </message>
    <message>
        <source>To (empty: open-ended)</source>
        <translation>To (empty: open-ended)</translation>
    </message>
    <message>
        <source>Placed until</source>
        <translation>Placed until</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <source>%1 FTE</source>
        <translation>%1 FTE</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1 of %2 FTE placed today</source>
        <translation>%1 of %2 FTE placed today</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <source>Employed by %1</source>
        <translation>Employed by %1</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>No placements on this device yet. They arrive with the next synchronisation.</source>
        <translation>No placements on this device yet. They arrive with the next synchronisation.</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Planning sections</source>
        <translation>Planning sections</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Bridge officers</source>
        <translation>Bridge officers</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Yearly report</translation>
    </message>
</context>
<context>
    <name>ProgrammeLabels</name>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 hours</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 hours</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Special primary (sbo)</source>
        <translation>Special primary (sbo)</translation>
    </message>
    <message>
        <source>Special education (so)</source>
        <translation>Special education (so)</translation>
    </message>
    <message>
        <source>Special education (so/vso)</source>
        <translation>Special education (so/vso)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>ProgressCard</name>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Back to this week</source>
        <translation>Back to this week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>School year %1</source>
        <translation>School year %1</translation>
    </message>
</context>
<context>
    <name>ProposalPane</name>
    <message>
        <source>Proposal &apos;%1&apos;</source>
        <translation>Proposal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Hide reasons</source>
        <translation>Hide reasons</translation>
    </message>
    <message>
        <source>Reasons per school</source>
        <translation>Reasons per school</translation>
    </message>
    <message>
        <source>Cost against the ceiling per school year</source>
        <translation>Cost against the ceiling per school year</translation>
    </message>
</context>
<context>
    <name>ProposalRulesCard</name>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Ceiling per school year (million EUR): 36 rises evenly to 36.0; or seven amounts, e.g. 6; 11; 16; 21; 26; 31; 36</source>
        <translation>Ceiling per school year (million EUR): 36 rises evenly to 36.0; or seven amounts, e.g. 6; 11; 16; 21; 26; 31; 36</translation>
    </message>
    <message>
        <source>Ceiling per school year in million euros</source>
        <translation>Ceiling per school year in million euros</translation>
    </message>
    <message>
        <source>6 hours a week above need</source>
        <translation>6 hours a week above need</translation>
    </message>
    <message>
        <source>Need above which a school gets 6 hours</source>
        <translation>Need above which a school gets 6 hours</translation>
    </message>
    <message>
        <source>At most this many new schools a year</source>
        <translation>At most this many new schools a year</translation>
    </message>
    <message>
        <source>Maximum number of new schools per school year</source>
        <translation>Maximum number of new schools per school year</translation>
    </message>
    <message>
        <source>Every municipality progresses each year</source>
        <translation>Every municipality progresses each year</translation>
    </message>
    <message>
        <source>Name of the proposal</source>
        <translation>Name of the proposal</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>Save as scenario</translation>
    </message>
    <message>
        <source>Saved as scenario &apos;%1&apos;.</source>
        <translation>Saved as scenario &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ReasonList</name>
    <message>
        <source>Search a school, code or municipality</source>
        <translation>Search a school, code or municipality</translation>
    </message>
    <message>
        <source>Search the reasons</source>
        <translation>Search the reasons</translation>
    </message>
    <message>
        <source>Reasons per school</source>
        <translation>Reasons per school</translation>
    </message>
</context>
<context>
    <name>RecordSessionCard</name>
    <message>
        <source>Correct a session</source>
        <translation>Correct a session</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Record a session</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Day before</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Day after</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>For example: the sports club, the music school</source>
        <translation>For example: the sports club, the music school</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>Duration in hours</source>
        <translation>Duration in hours</translation>
    </message>
    <message>
        <source>Pupils taking part</source>
        <translation>Pupils taking part</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Cancel the correction</translation>
    </message>
</context>
<context>
    <name>RegionMapPage</name>
    <message>
        <source>Colour by</source>
        <translation>Colour by</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst</source>
        <translation>Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>Bridge officer</source>
        <translation>Bridge officer</translation>
    </message>
    <message>
        <source>Bibliotheek op school</source>
        <translation>Bibliotheek op school</translation>
    </message>
    <message>
        <source>Colour the schools by %1</source>
        <translation>Colour the schools by %1</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Show municipality</source>
        <translation>Show municipality</translation>
    </message>
    <message>
        <source>Municipality borders not found (%1): only the schools are drawn.</source>
        <translation>Municipality borders not found (%1): only the schools are drawn.</translation>
    </message>
    <message numerus="yes">
        <source>Map of the region with %n school location(s); arrow keys move between schools, Enter opens one</source>
        <translation><numerusform>Map of the region with %n school location; arrow keys move between schools, Enter opens one</numerusform><numerusform>Map of the region with %n school locations; arrow keys move between schools, Enter opens one</numerusform></translation>
    </message>
    <message>
        <source>Whole region</source>
        <translation>Whole region</translation>
    </message>
    <message>
        <source>Show the whole region</source>
        <translation>Show the whole region</translation>
    </message>
</context>
<context>
    <name>RegionalEditor</name>
    <message>
        <source>"%1" is not a date: write day-month-year, e.g. 1-9-2026.</source>
        <translation>"%1" is not a date: write day-month-year, e.g. 1-9-2026.</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>"%1" is not a number.</translation>
    </message>
    <message>
        <source>Choose a tier: not yet, 2 hours or 6 hours.</source>
        <translation>Choose a tier: not yet, 2 hours or 6 hours.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Choose a status.</translation>
    </message>
    <message>
        <source>Choose the bridge officer.</source>
        <translation>Choose the bridge officer.</translation>
    </message>
</context>
<context>
    <name>ReportPane</name>
    <message>
        <source>Yearly report</source>
        <translation>Yearly report</translation>
    </message>
    <message>
        <source>The report of a school year with its tables and charts per programme and municipality, as verrijkt-cli report makes it. A closed school year shows its locked figures. Family-contact counts below 5 are shown as &quot;&lt; 5&quot;.</source>
        <translation>The report of a school year with its tables and charts per programme and municipality, as verrijkt-cli report makes it. A closed school year shows its locked figures. Family-contact counts below 5 are shown as &quot;&lt; 5&quot;.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV (folder)</source>
        <translation>CSV (folder)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Folder to write the report into</source>
        <translation>Folder to write the report into</translation>
    </message>
    <message>
        <source>File name: %1 (a number is added if it exists)</source>
        <translation>File name: %1 (a number is added if it exists)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the yearly report</source>
        <translation>Export the yearly report</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ScenarioRow</name>
    <message>
        <source>Compare %1</source>
        <translation>Compare %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Show why each school starts when it does in %1</source>
        <translation>Show why each school starts when it does in %1</translation>
    </message>
</context>
<context>
    <name>ScenariosPane</name>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Tick the scenarios to compare side by side.</source>
        <translation>Tick the scenarios to compare side by side.</translation>
    </message>
    <message>
        <source>Per municipality</source>
        <translation>Per municipality</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Schools on 2 and 6 hours and pupils reached per municipality in each picked scenario</source>
        <translation>Schools on 2 and 6 hours and pupils reached per municipality in each picked scenario</translation>
    </message>
</context>
<context>
    <name>SchoolFilterBar</name>
    <message>
        <source>Search by name, place or BRIN/vestiging code</source>
        <translation>Search by name, place or BRIN/vestiging code</translation>
    </message>
    <message>
        <source>Search schools</source>
        <translation>Search schools</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Hide filters</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst tier</source>
        <translation>Tijd voor Toekomst tier</translation>
    </message>
</context>
<context>
    <name>SchoolHeader</name>
    <message>
        <source>No school linked to this account yet</source>
        <translation>No school linked to this account yet</translation>
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
        <translation>School page of %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Unknown school %1</source>
        <translation>Unknown school %1</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst</source>
        <translation>Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>Change participation</source>
        <translation>Change participation</translation>
    </message>
    <message numerus="yes">
        <source>from %1 · %n pupil(s) reached</source>
        <translation><numerusform>from %1 · %n pupil reached</numerusform><numerusform>from %1 · %n pupils reached</numerusform></translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 delivered</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No participation recorded yet.</source>
        <translation>No participation recorded yet.</translation>
    </message>
    <message>
        <source>Bridge officer</source>
        <translation>Bridge officer</translation>
    </message>
    <message>
        <source>Add placement</source>
        <translation>Add placement</translation>
    </message>
    <message>
        <source>%1 FTE</source>
        <translation>%1 FTE</translation>
    </message>
    <message>
        <source>not active today</source>
        <translation>not active today</translation>
    </message>
    <message>
        <source>No bridge officer placed.</source>
        <translation>No bridge officer placed.</translation>
    </message>
    <message>
        <source>Bibliotheek op school</source>
        <translation>Bibliotheek op school</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collection</translation>
    </message>
    <message>
        <source>reading plan</source>
        <translation>reading plan</translation>
    </message>
    <message>
        <source>monitor done</source>
        <translation>monitor done</translation>
    </message>
    <message>
        <source>No status recorded yet.</source>
        <translation>No status recorded yet.</translation>
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
        <translation>No extra hours planned for this school year yet.</translation>
    </message>
    <message>
        <source>%1 hours per pupil delivered (no hours due this week).</source>
        <translation>%1 hours per pupil delivered (no hours due this week).</translation>
    </message>
    <message>
        <source>%1 of %2 hours per pupil</source>
        <translation>%1 of %2 hours per pupil</translation>
    </message>
    <message>
        <source>%1 of %2 hours per pupil due so far (%3 in the whole school year)</source>
        <translation>%1 of %2 hours per pupil due so far (%3 in the whole school year)</translation>
    </message>
    <message>
        <source>Your school is a little behind on the extra hours this school year. Plan a few extra activities in the coming weeks to catch up.</source>
        <translation>Your school is a little behind on the extra hours this school year. Plan a few extra activities in the coming weeks to catch up.</translation>
    </message>
    <message>
        <source>Your school is on track this school year.</source>
        <translation>Your school is on track this school year.</translation>
    </message>
</context>
<context>
    <name>SchoolRegisterPage</name>
    <message numerus="yes">
        <source>%n school location(s)</source>
        <translation><numerusform>%n school location</numerusform><numerusform>%n school locations</numerusform></translation>
    </message>
    <message>
        <source>School locations</source>
        <translation>School locations</translation>
    </message>
</context>
<context>
    <name>SchoolRow</name>
    <message>
        <source>%1, %2, %3. Tijd voor Toekomst: %4. Bridge officer: %5. Library: %6</source>
        <translation>%1, %2, %3. Tijd voor Toekomst: %4. Bridge officer: %5. Library: %6</translation>
    </message>
    <message>
        <source>%1 FTE</source>
        <translation>%1 FTE</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>BF %1</source>
        <translation>BF %1</translation>
    </message>
    <message>
        <source>No BF</source>
        <translation>No BF</translation>
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
        <translation>Open school</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Choose what kind of activity it was.</source>
        <translation>Choose what kind of activity it was.</translation>
    </message>
    <message>
        <source>Not saved yet: please check the fields marked in red.</source>
        <translation>Not saved yet: please check the fields marked in red.</translation>
    </message>
    <message>
        <source>The session could not be saved on this device. Please try again.</source>
        <translation>The session could not be saved on this device. Please try again.</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>Correction saved.</translation>
    </message>
    <message>
        <source>Session of %1 saved.</source>
        <translation>Session of %1 saved.</translation>
    </message>
    <message>
        <source>You can only correct sessions you recorded yourself.</source>
        <translation>You can only correct sessions you recorded yourself.</translation>
    </message>
    <message>
        <source>You can only withdraw sessions you recorded yourself.</source>
        <translation>You can only withdraw sessions you recorded yourself.</translation>
    </message>
    <message>
        <source>The session could not be withdrawn on this device.</source>
        <translation>The session could not be withdrawn on this device.</translation>
    </message>
    <message>
        <source>Session of %1 withdrawn.</source>
        <translation>Session of %1 withdrawn.</translation>
    </message>
    <message>
        <source>This record could not be discarded.</source>
        <translation>This record could not be discarded.</translation>
    </message>
    <message>
        <source>The refused record was discarded.</source>
        <translation>The refused record was discarded.</translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <source>(corrected)</source>
        <translation>(corrected)</translation>
    </message>
    <message numerus="yes">
        <source>%1 h · %n pupil(s)</source>
        <translation><numerusform>%1 h · %n pupil</numerusform><numerusform>%1 h · %n pupils</numerusform></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Correct the session of %1</source>
        <translation>Correct the session of %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Withdraw the session of %1</source>
        <translation>Withdraw the session of %1</translation>
    </message>
    <message>
        <source>Withdraw this session?</source>
        <translation>Withdraw this session?</translation>
    </message>
    <message>
        <source>Yes, withdraw</source>
        <translation>Yes, withdraw</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Keep the session</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Fix the refused session of %1</source>
        <translation>Fix the refused session of %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard the refused session of %1</source>
        <translation>Discard the refused session of %1</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>No sessions recorded in this school year yet.</source>
        <translation>No sessions recorded in this school year yet.</translation>
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
        <translation>Tijd voor Toekomst, bridge officers and Bibliotheek op school in Groningen and Noord-Drenthe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>for example verrijkt.nijbegun.nl</source>
        <translation>for example verrijkt.nijbegun.nl</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Downloading the data for your schools. You can keep working.</source>
        <translation>Downloading the data for your schools. You can keep working.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download progress</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Not synchronised</source>
        <translation>Not synchronised</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchronise now</translation>
    </message>
</context>
<context>
    <name>SyncStateBadge</name>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation><numerusform>Trying again in %n second.</numerusform><numerusform>Trying again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again to keep synchronising.</source>
        <translation>The server no longer accepts your sign-in. Sign in again to keep synchronising.</translation>
    </message>
    <message>
        <source>This version of the app is too old for the server. Please install the update.</source>
        <translation>This version of the app is too old for the server. Please install the update.</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>Last synchronised today at %1</source>
        <translation>Last synchronised today at %1</translation>
    </message>
    <message>
        <source>Last synchronised yesterday at %1</source>
        <translation>Last synchronised yesterday at %1</translation>
    </message>
    <message>
        <source>Last synchronised on %1 at %2</source>
        <translation>Last synchronised on %1 at %2</translation>
    </message>
    <message>
        <source>Downloading your data…</source>
        <translation>Downloading your data…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n change waiting to be sent</numerusform><numerusform>%n changes waiting to be sent</numerusform></translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Everything sent</translation>
    </message>
    <message>
        <source>Sign in again to synchronise.</source>
        <translation>Sign in again to synchronise.</translation>
    </message>
</context>
<context>
    <name>WeekSessionsCard</name>
    <message>
        <source>No sessions recorded in this week yet.</source>
        <translation>No sessions recorded in this week yet.</translation>
    </message>
</context>
<context>
    <name>verrijkt::BuildUpModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Placed FTE</source>
        <translation>Placed FTE</translation>
    </message>
    <message>
        <source>Target FTE</source>
        <translation>Target FTE</translation>
    </message>
    <message>
        <source>Open vacancies (FTE)</source>
        <translation>Open vacancies (FTE)</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Average placed FTE</source>
        <translation>Average placed FTE</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Policy budget</source>
        <translation>Policy budget</translation>
    </message>
    <message>
        <source>%1 of %2 FTE placed on %3; %4 FTE open; %5 schools without a bridge officer.</source>
        <translation>%1 of %2 FTE placed on %3; %4 FTE open; %5 schools without a bridge officer.</translation>
    </message>
    <message>
        <source>The build-up starts on 1 August 2026; %1 schools without a bridge officer.</source>
        <translation>The build-up starts on 1 August 2026; %1 schools without a bridge officer.</translation>
    </message>
</context>
<context>
    <name>verrijkt::CompletenessModel</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>No teaching weeks to look at yet in %1.</source>
        <translation>No teaching weeks to look at yet in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 schools taking part recorded no session since %3 (the last %n teaching week(s)).</source>
        <translation><numerusform>%1 of %2 schools taking part recorded no session since %3 (the last %n teaching week).</numerusform><numerusform>%1 of %2 schools taking part recorded no session since %3 (the last %n teaching weeks).</numerusform></translation>
    </message>
</context>
<context>
    <name>verrijkt::CoverageModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst</source>
        <translation>Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>of which 6 h</source>
        <translation>of which 6 h</translation>
    </message>
    <message>
        <source>Bridge officer</source>
        <translation>Bridge officer</translation>
    </message>
    <message>
        <source>Bibliotheek op school</source>
        <translation>Bibliotheek op school</translation>
    </message>
    <message>
        <source>All three</source>
        <translation>All three</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>All three (%)</source>
        <translation>All three (%)</translation>
    </message>
    <message>
        <source>%1: of %2 locations %3 have Tijd voor Toekomst (%4), %5 a bridge officer (%6), %7 Bibliotheek op school (%8); %9 all three.</source>
        <translation>%1: of %2 locations %3 have Tijd voor Toekomst (%4), %5 a bridge officer (%6), %7 Bibliotheek op school (%8); %9 all three.</translation>
    </message>
    <message>
        <source>No participations recorded for %1 yet: Tijd voor Toekomst follows plan &apos;%2&apos;. Bridge officers are counted on %3.</source>
        <translation>No participations recorded for %1 yet: Tijd voor Toekomst follows plan &apos;%2&apos;. Bridge officers are counted on %3.</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst from the recorded participations of %1; bridge officers counted on %2.</source>
        <translation>Tijd voor Toekomst from the recorded participations of %1; bridge officers counted on %2.</translation>
    </message>
</context>
<context>
    <name>verrijkt::DashboardModel</name>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Plan 2 h</source>
        <translation>Plan 2 h</translation>
    </message>
    <message>
        <source>Plan 6 h</source>
        <translation>Plan 6 h</translation>
    </message>
    <message>
        <source>Taking part 2 h</source>
        <translation>Taking part 2 h</translation>
    </message>
    <message>
        <source>Taking part 6 h</source>
        <translation>Taking part 6 h</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Entitled (1,000 pupil-hours)</source>
        <translation>Entitled (1,000 pupil-hours)</translation>
    </message>
    <message>
        <source>Delivered (1,000 pupil-hours)</source>
        <translation>Delivered (1,000 pupil-hours)</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Target FTE</source>
        <translation>Target FTE</translation>
    </message>
    <message>
        <source>Placed FTE (1 Oct)</source>
        <translation>Placed FTE (1 Oct)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Policy figure</source>
        <translation>Policy figure</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst</source>
        <translation>Tijd voor Toekomst</translation>
    </message>
    <message>
        <source>Bridge officers</source>
        <translation>Bridge officers</translation>
    </message>
    <message>
        <source>Bibliotheek op school</source>
        <translation>Bibliotheek op school</translation>
    </message>
    <message>
        <source>No participations recorded for %1</source>
        <translation>No participations recorded for %1</translation>
    </message>
    <message>
        <source>%1 of entitled pupil-hours delivered</source>
        <translation>%1 of entitled pupil-hours delivered</translation>
    </message>
    <message>
        <source>%1 of %2 FTE placed on %3</source>
        <translation>%1 of %2 FTE placed on %3</translation>
    </message>
    <message>
        <source>%1 of %2 locations covered (%3)</source>
        <translation>%1 of %2 locations covered (%3)</translation>
    </message>
    <message>
        <source>%1 estimated against %2 in the policy</source>
        <translation>%1 estimated against %2 in the policy</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) taking part, %1 in the plan</source>
        <translation><numerusform>%n school taking part, %1 in the plan</numerusform><numerusform>%n schools taking part, %1 in the plan</numerusform></translation>
    </message>
    <message>
        <source>No placements recorded yet: the bridge-officer budget uses the build-up target.</source>
        <translation>No placements recorded yet: the bridge-officer budget uses the build-up target.</translation>
    </message>
    <message>
        <source>No library statuses recorded yet: the library budget assumes every location.</source>
        <translation>No library statuses recorded yet: the library budget assumes every location.</translation>
    </message>
</context>
<context>
    <name>verrijkt::LibraryEditor</name>
    <message>
        <source>No database is open: nothing was saved.</source>
        <translation>No database is open: nothing was saved.</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>The status could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved: %1 in %2.</source>
        <translation>Saved: %1 in %2.</translation>
    </message>
</context>
<context>
    <name>verrijkt::NeedSource</name>
    <message>
        <source>Synthetic need indicator (seed %1): made-up numbers from 0 to 20 for trying the planner. They say nothing about any real school.</source>
        <translation>Synthetic need indicator (seed %1): made-up numbers from 0 to 20 for trying the planner. They say nothing about any real school.</translation>
    </message>
    <message>
        <source>No need indicator file read yet.</source>
        <translation>No need indicator file read yet.</translation>
    </message>
    <message>
        <source>Need indicator from %1: %2 schools.</source>
        <translation>Need indicator from %1: %2 schools.</translation>
    </message>
    <message>
        <source>Choose a CSV file with the columns vestiging and need.</source>
        <translation>Choose a CSV file with the columns vestiging and need.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... and %1 more.</translation>
    </message>
    <message>
        <source>%1 line(s) rejected; the file is not used:</source>
        <translation>%1 line(s) rejected; the file is not used:</translation>
    </message>
</context>
<context>
    <name>verrijkt::ParticipationEditor</name>
    <message>
        <source>No database is open: nothing was saved.</source>
        <translation>No database is open: nothing was saved.</translation>
    </message>
    <message>
        <source>The participation could not be saved: %1</source>
        <translation>The participation could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved: %1 in %2.</source>
        <translation>Saved: %1 in %2.</translation>
    </message>
</context>
<context>
    <name>verrijkt::PlacementEditor</name>
    <message>
        <source>%1 (%2, contract %3 FTE)</source>
        <translation>%1 (%2, contract %3 FTE)</translation>
    </message>
    <message>
        <source>No database is open: nothing was saved.</source>
        <translation>No database is open: nothing was saved.</translation>
    </message>
    <message>
        <source>The placement could not be saved: %1</source>
        <translation>The placement could not be saved: %1</translation>
    </message>
    <message>
        <source>Placement saved.</source>
        <translation>Placement saved.</translation>
    </message>
</context>
<context>
    <name>verrijkt::PlanningStore</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Give the scenario a name.</source>
        <translation>Give the scenario a name.</translation>
    </message>
    <message>
        <source>A scenario name cannot begin or end with a space.</source>
        <translation>A scenario name cannot begin or end with a space.</translation>
    </message>
    <message>
        <source>&apos;default&apos; is the plan that follows the register; choose another name.</source>
        <translation>&apos;default&apos; is the plan that follows the register; choose another name.</translation>
    </message>
    <message>
        <source>A scenario named &apos;%1&apos; already exists.</source>
        <translation>A scenario named &apos;%1&apos; already exists.</translation>
    </message>
    <message>
        <source>There is no scenario named &apos;%1&apos;.</source>
        <translation>There is no scenario named &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The scenario could not be stored: %1</source>
        <translation>The scenario could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>verrijkt::ProposalModel</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Already taking part</source>
        <translation>Already taking part</translation>
    </message>
    <message>
        <source>%1 of %2 locations take part by %3; at most %4 new schools a year; 6 hours above need %5.</source>
        <translation>%1 of %2 locations take part by %3; at most %4 new schools a year; 6 hours above need %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a municipality could not progress in a year.</source>
        <translation><numerusform>%n time a municipality could not progress in a year.</numerusform><numerusform>%n times a municipality could not progress in a year.</numerusform></translation>
    </message>
    <message>
        <source>The register is not on this device yet.</source>
        <translation>The register is not on this device yet.</translation>
    </message>
    <message>
        <source>Ceiling: &apos;%1&apos; is not an amount in million euros (e.g. 36) or seven amounts (e.g. 6; 11; 16; 21; 26; 31; 36).</source>
        <translation>Ceiling: &apos;%1&apos; is not an amount in million euros (e.g. 36) or seven amounts (e.g. 6; 11; 16; 21; 26; 31; 36).</translation>
    </message>
    <message>
        <source>Choose a need indicator first.</source>
        <translation>Choose a need indicator first.</translation>
    </message>
    <message>
        <source>Make a proposal first.</source>
        <translation>Make a proposal first.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>New schools</source>
        <translation>New schools</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Tijd voor Toekomst cost</source>
        <translation>Tijd voor Toekomst cost</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Ceiling</translation>
    </message>
</context>
<context>
    <name>verrijkt::RegionalStore</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>The local database could not be read: %1</source>
        <translation>The local database could not be read: %1</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>All school types</source>
        <translation>All school types</translation>
    </message>
</context>
<context>
    <name>verrijkt::ReportExporter</name>
    <message>
        <source>The local database could not be opened: %1</source>
        <translation>The local database could not be opened: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>The report was not written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 written to %2 (%n page(s)).</source>
        <translation><numerusform>%1 written to %2 (%n page).</numerusform><numerusform>%1 written to %2 (%n pages).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 written to %2 (%n table(s)).</source>
        <translation><numerusform>%1 written to %2 (%n table).</numerusform><numerusform>%1 written to %2 (%n tables).</numerusform></translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 written to %2.</translation>
    </message>
    <message>
        <source>The school year is closed: the report shows the %1.</source>
        <translation>The school year is closed: the report shows the %1.</translation>
    </message>
    <message>
        <source>The current data differ since then in: %1.</source>
        <translation>The current data differ since then in: %1.</translation>
    </message>
    <message>
        <source>Choose an existing folder to write the report into.</source>
        <translation>Choose an existing folder to write the report into.</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>Choose where to write the report.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>%1 is closed: the report shows the %2.</source>
        <translation>%1 is closed: the report shows the %2.</translation>
    </message>
    <message>
        <source>%1 was reopened: the report is computed from the current data.</source>
        <translation>%1 was reopened: the report is computed from the current data.</translation>
    </message>
    <message>
        <source>%1 is open: the report is computed from the current data.</source>
        <translation>%1 is open: the report is computed from the current data.</translation>
    </message>
</context>
<context>
    <name>verrijkt::ScenarioComparisonModel</name>
    <message>
        <source>Pick two or more scenarios to compare them.</source>
        <translation>Pick two or more scenarios to compare them.</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) start in another school year or on another tier in %1 than in %2.</source>
        <translation><numerusform>%n school starts in another school year or on another tier in %1 than in %2.</numerusform><numerusform>%n schools start in another school year or on another tier in %1 than in %2.</numerusform></translation>
    </message>
    <message>
        <source>%1 schools, %2 pupils</source>
        <translation>%1 schools, %2 pupils</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Policy budget</source>
        <translation>Policy budget</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>%1: 2 h</source>
        <translation>%1: 2 h</translation>
    </message>
    <message>
        <source>%1: 6 h</source>
        <translation>%1: 6 h</translation>
    </message>
    <message>
        <source>%1: pupils</source>
        <translation>%1: pupils</translation>
    </message>
</context>
<context>
    <name>verrijkt::ScenarioListModel</name>
    <message>
        <source>%1 schools by %2, %3 on 6 hours; Tijd voor Toekomst %4 in %2</source>
        <translation>%1 schools by %2, %3 on 6 hours; Tijd voor Toekomst %4 in %2</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (not saved)</translation>
    </message>
</context>
<context>
    <name>verrijkt::SchoolProgrammes</name>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation><numerusform>%n pupil</numerusform><numerusform>%n pupils</numerusform></translation>
    </message>
    <message>
        <source>Pupil count unknown</source>
        <translation>Pupil count unknown</translation>
    </message>
    <message>
        <source>Wave 0: taking part since before 2026, %1 a week</source>
        <translation>Wave 0: taking part since before 2026, %1 a week</translation>
    </message>
    <message>
        <source>Wave %1: starts in %2, %3 a week</source>
        <translation>Wave %1: starts in %2, %3 a week</translation>
    </message>
    <message>
        <source>Not in the rollout plan</source>
        <translation>Not in the rollout plan</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Unknown officer</source>
        <translation>Unknown officer</translation>
    </message>
    <message>
        <source>%1 FTE placed today</source>
        <translation>%1 FTE placed today</translation>
    </message>
</context>
</TS>
