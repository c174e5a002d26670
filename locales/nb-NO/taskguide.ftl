# taskguides egne meldinger, nb-NO. Hver melding her må også finnes i en-US/taskguide.ftl.

## Etiketter

label-error = feil
label-warning = advarsel

## Antall

count-files = { $count ->
    [one] { $count } fil
   *[other] { $count } filer
}

## Feil

error-bad-locale = «{ $tag }» er ikke en gyldig BCP 47-språkkode (prøv en-US, nb-NO eller sv-SE)
error-unknown-locale = «{ $tag }» er velformet, men ikke koden for noe kjent språk (prøv en-US, nb-NO eller sv-SE)
error-write-stdout = kan ikke skrive til standard utdata: { $reason }

## Kommandolinje

cli = Gjør lokaliserte tospråklige hjelpeartikler om til Fluent-kataloger, lokaliserte dokumenter og veiledede oppgaver.
cli-exit-codes = Avslutningskoder: 0 vellykket; 1 arbeidet mislyktes (filer som ikke kan leses eller skrives, feil funnet, en endring avvist); 2 kommandolinjen er feil (ukjent valg eller verdi, manglende inndata, ugyldig språkkode).
cli-help-heading-usage = Bruk
cli-help-heading-options = Valg
cli-help-heading-arguments = Argumenter
cli-help-heading-commands = Kommandoer
cli-help-flag = Vis hjelp
cli-version-flag = Vis versjon
cli-help = Vis denne meldingen eller hjelpen for de angitte kommandoene
cli-help-opt-subcommand = Kommandoen som hjelpen skal vises for
cli-default = standard: { $value }
cli-possible-values = mulige verdier: { $values }
cli-locales = Vis språkmappene i en katalogmappe og meld fra om mapper som ikke leses: navn som ikke er kanoniske BCP 47-koder (de-de, nb_NO) eller ikke er språk (norsk). Avslutningskode 1 så lenge en slik mappe finnes.
cli-locales-opt-locales_dir = Katalogmappen.
cli-locales-opt-fix = Gi hver ikke-kanoniske mappe den kanoniske koden som navn (nb_NO → nb-NO). En mappe der det kanoniske navnet finnes fra før, blir stående og meldes med begge navnene.
cli-completions = Skriv fullføringsskriptet for et skall (bash, zsh, fish, powershell, elvish) til standard utdata.
cli-completions-opt-shell = Skallet.
cli-man = Skriv manualsiden (roff) til standard utdata, eller med --out én side per kommando til en mappe.
cli-man-opt-out = Mappen som taskguide.1, taskguide-render.1, … skrives til.

## Dokumentdiagnostikk

diag-unpaired-span = oversatt span «{ $id }» har ingen engelsk kildehalvdel (sxs-lookup) før neste par; beholdt som tekst
diag-orphan-source = en engelsk kildehalvdel (sxs-lookup) har ingen oversatt span foran seg; beholdt som tekst
diag-mismatched-ids = den oversatte halvdelen har id «{ $target }», men den engelske har «{ $source }»
diag-stray-close-tag = en bokstavelig </span> her lukker ingenting som er åpnet i denne halvdelen; lest som tekst
diag-unterminated-pair = den engelske halvdelen av «{ $id }» når aldri sin avsluttende </span></span>; beholdt som tekst
diag-pair-crosses-lines = paret «{ $id }» går over mer enn én linje
diag-empty-target = paret «{ $id }» har en tom oversettelse
diag-duplicate-id = par-id-en «{ $id }» er allerede brukt i dette dokumentet
diag-broken-front-matter = denne linjen i front matter er verken «nøkkel: verdi» eller «- element»; beholdt uendret
diag-unclosed-front-matter = front matter som åpnes her, lukkes aldri med «---»; lest som tekst
diag-not-utf8 = filen er ikke gyldig UTF-8 (første ugyldige byte her)
error-read = kan ikke lese { $path }: { $reason }
## Kataloger

ftl-error-expected-token = forventet «{ $token }»
ftl-error-expected-range = forventet ett av «{ $range }»
ftl-error-message-without-value = meldingen «{ $id }» har ingen verdi
ftl-error-term-without-value = termen «-{ $id }» har ingen verdi
ftl-error-forbidden-callee = bare funksjoner, med navn i store bokstaver, kan kalles
ftl-error-missing-default-variant = utvalgsuttrykket har ingen standardvariant (merket med *)
ftl-error-missing-value = forventet en verdi
ftl-error-multiple-default-variants = utvalgsuttrykket har mer enn én standardvariant
ftl-error-bad-selector = dette uttrykket kan ikke velge mellom varianter
ftl-error-term-attribute-as-placeable = et termattributt kan ikke brukes som plassholder
ftl-error-unterminated-string = strengliteralen er ikke avsluttet før slutten av linjen
ftl-error-positional-after-named = posisjonelle argumenter må komme før navngitte argumenter
ftl-error-duplicated-argument = det navngitte argumentet «{ $name }» er gitt to ganger
ftl-error-unknown-escape = ukjent escape-sekvens «{ $sequence }» (en strengliteral tillater \\, \", \uXXXX og \UXXXXXX)
ftl-error-invalid-unicode-escape = ugyldig Unicode-escape «{ $sequence }» (\u tar 4 heksadesimale sifre, \U tar 6)
ftl-error-unbalanced-brace = en avsluttende klammeparentes uten en innledende (skriv {"{"}"{"}"}"{"}"} for en bokstavelig klammeparentes)
ftl-error-expected-expression = forventet et uttrykk: en streng, et tall, en variabel eller en referanse
ftl-error-expected-literal = forventet en streng eller et tall
ftl-error-duplicate-id = meldingen «{ $id }» er definert på nytt; den første definisjonen brukes
ftl-error-no-value = meldingen «{ $id }» har attributter, men ingen verdi
catalog-folder-not-canonical = { $folder } leses ikke: en katalogmappe skal ha den kanoniske koden «{ $canonical }» som navn (gi den nytt navn, eller kjør taskguide locales --fix)
catalog-folder-not-a-locale = { $folder } leses ikke: navnet er ikke en språkkode
catalog-folder-fix-exists = { $from } får ikke nytt navn: { $to } finnes allerede (flytt katalogene inn i { $to } for hånd)
catalog-folder-fix-failed = kan ikke gi { $from } nytt navn til { $to }: { $reason }
catalog-folder-renamed = ga { $from } nytt navn: { $to }
locales-none = ingen språkmapper i { $dir }

## Gjengivelse og trinn

error-no-such-path = { $path } finnes ikke
error-dir-needs-out = { $path } er en mappe: oppgi --out MAPPE som de gjengitte dokumentene skal skrives til
error-write = kan ikke skrive { $path }: { $reason }
render-fallback = { $path }: meldingen { $id } finnes ikke på { $wanted }; brukte { $used }
render-stale = { $path }: meldingen { $id } i { $catalog } ble oversatt fra annen engelsk tekst; brukte dokumentets tekst
    oversatt fra: { $old }
    engelsk nå: { $new }
render-broken = { $path }: meldingen { $id } i { $catalog } ødelegger segmentet sitt ({ $reason }); brukte dokumentets tekst
render-broken-variable = en variabel { "{" } ${ $name } { "}" } som ingenting gir en verdi
render-broken-message = en henvisning til meldingen { $id }
render-broken-term = en henvisning til termen { $id }
render-broken-line-break = et linjeskift som avslutter { $block ->
    [heading] overskriften
    [table-cell] tabellcellen
    [list-item] listepunktet
   *[paragraph] avsnittet
} for tidlig
render-broken-cell-split = en | som deler tabellcellen
render-broken-marker = en { $marker }-markør som starter en ny blokk
render-broken-duplicate = id-en er definert mer enn én gang i katalogen
render-refused = { $catalog } er katalogen for { $found } ({ $found_locale }), ikke for { $doc } ({ $locale }); ikke brukt (ble den kopiert over et annet dokuments katalog?)
render-state-unreadable = { $reason }; katalogen ble brukt uten den engelske teksten den ble oversatt fra
render-summary = { $files ->
    [one] { $files } dokument
   *[other] { $files } dokumenter
}, { $fallbacks ->
    [0] ingen reserveoversettelser
    [one] { $fallbacks } reserveoversettelse
   *[other] { $fallbacks } reserveoversettelser
}
steps-labels = etiketter: { $labels }
steps-link = lenke: { $text } <{ $url }>
cli-render = Gjengi dokumenter på et hvilket som helst språk: enspråklig Markdown, det tospråklige formatet eller HTML.
cli-render-opt-path = Et dokument, eller en mappe: hver *.md under den gjengis til samme relative sti under --out.
cli-render-opt-locale = Språket som skal gjengis (en hvilken som helst BCP 47-kode: no og nb er nb-NO, nn-NO faller tilbake til nb-NO, iw er he; tradisjonell kinesisk faller aldri tilbake til forenklet). Standard: dokumentets eget språk.
cli-render-opt-format = markdown (enspråklig), bilingual (det opprinnelige side-ved-side-formatet) eller html.
cli-render-opt-out = Utdatamappen (påkrevd for en mappe). Uten den skrives ett enkelt dokument til standard utdata.
cli-render-opt-locales_dir = Katalogmappen: locales/<språk>/<dokument-id>.ftl. Meldingene der går foran teksten i dokumentet.
cli-render-opt-strict = Avslutt med kode 1 hvis en melding faller tilbake til et annet språk, er utdatert (oversatt fra annen engelsk tekst) eller ødelegger segmentet sitt.
cli-render-opt-root = Mappen dokument-id-ene regnes fra (en id er stien under den, uten .md). Standard: mappen du oppga, eller dokumentets egen mappe; bruk mappen du importerte fra.
cli-steps = Skriv ut trinnene i et dokument: nummer, tekst, etiketter i brukergrensesnittet og lenker, på et gitt språk.
cli-steps-opt-doc = Dokumentet.
cli-steps-opt-locale = Språket (en hvilken som helst BCP 47-kode). Standard: dokumentets eget språk.
cli-steps-opt-format = text for mennesker, json for programmer.
cli-steps-opt-locales_dir = Katalogmappen: locales/<språk>/<dokument-id>.ftl.

## Import

import-catalog = { $path }: { $added } lagt til, { $updated } oppdatert, { $stale } utdatert, { $obsolete } foreldet
import-obsolete = foreldet (beholdt; --prune fjerner den): { $id }
import-pruned = foreldet, fjernet: { $id }
import-stale = utdatert (den engelske kilden er endret): { $id }
import-edited = endret i katalogen, beholdt: { $id }
import-adopted = ingen opplysninger om hvordan teksten ble laget; katalogens tekst beholdes (registrert som endret): { $id }
import-needed = foreldet her, beholdt fordi katalogen for et annet språk har den: { $id }
import-summary = { $catalogs ->
    [one] { $catalogs } katalog importert
   *[other] { $catalogs } kataloger importert
}
import-error-syntax = { $path } har syntaksfeil ({ $first }); rett dem før du importerer på nytt, så ingenting i filen går tapt
import-error-references = { $path }: { $ids } bruker Fluent-henvisninger (en variabel, en annen melding eller en term) som en dokumentkatalog ikke kan løse opp; rett dem før du importerer på nytt, så neste import ikke gjør dem om til tekst
import-error-no-locale = { $path } oppgir ikke noe språk (ingen ms.contentlocale i front matter og ingen språkmappe i stien)
import-error-state = kan ikke bruke tilstandsfilen { $path }: { $reason }; rett eller slett den (katalogens tekster beholdes da som endret)
import-error-case = { $path } og { $other } har id-er som bare skiller seg i store og små bokstaver ({ $id }, { $other_id }); på Windows og macOS ville de dele én katalog; hoppet over (gi en av dem nytt navn)
import-error-name = { $path }: id-en { $id } kan ikke være et filnavn på Windows eller macOS ({ $component }); hoppet over (gi den nytt navn)
cli-import = Importer tospråklige dokumenter til Fluent-kataloger: locales/en-US/<dokument-id>.ftl fra de engelske halvdelene, locales/<språk>/<dokument-id>.ftl fra de oversatte. Manuelle endringer beholdes; oversettelser der engelsken er endret, merkes som utdatert.
cli-import-opt-paths = Dokumenter eller mapper (hver *.md under dem).
cli-import-opt-locales_dir = Katalogmappen det skal skrives til.
cli-import-opt-prune = Fjern meldinger som ikke lenger finnes i dokumentet (ellers blir de bare rapportert).
cli-import-opt-format = text for mennesker, json for programmer.
## Store

store-error-user-not-found = Det finnes ingen bruker «{ $user }» i dette lageret. Slå opp påloggingsnavnet med `taskguide store users --search …`.
store-error-unknown-sku = «{ $sku }» er ikke en lisens organisasjonen din har. Se listen med `taskguide store skus`, og oppgi lisensen med delenummer (for eksempel SPE_E3) eller SKU-ID.
store-error-usage-location = { $user } har ikke noen bruksplassering, og lisenser kan bare tildeles brukere som har det. Angi den først, for eksempel `taskguide store set-location --user { $user } NO`, eller i veiviseren.
store-error-no-seats = Det er ingen { $sku }-lisenser igjen. Frigjør en ved å fjerne den fra noen som ikke lenger trenger den, eller kjøp flere, og prøv igjen.
store-error-not-held = { $user } har ikke { $sku }, så det er ingenting å fjerne.
store-error-inherited = { $user } får { $sku } fra gruppen «{ $group }», så den kan ikke fjernes direkte fra brukeren. Fjern brukeren fra gruppen, eller lisensen fra gruppen.
store-error-plan-dependency = Tjenesteplanen { $plan } trenger { $needed }, som denne endringen ville latt være slått av. La { $needed } være på, eller slå av { $plan } også.
store-error-exclusive = Tjenesteplanene { $a } og { $b } kan ikke begge være på for samme bruker. Slå av en av dem (SKU:PLAN), eller fjern den andre lisensen i samme kommando.
store-error-invalid-plan = { $sku } har ingen tjenesteplan «{ $plan }». Se planene med `taskguide store skus`.
store-error-add-and-remove = { $sku } blir både lagt til og fjernet i samme endring. Velg én av delene.
store-error-bad-location = «{ $value }» er ikke en landkode. Bruk en ISO 3166-kode på to bokstaver, for eksempel NO, SE eller US.
store-error-not-initialized = Det finnes ikke noe lisenslager på { $url } ennå. Opprett et med `taskguide store init --demo` (en demo-organisasjon) eller `taskguide store init`.
store-error-already-initialized = Det finnes allerede et lisenslager på { $url }. Legg til --force for å erstatte det; da slettes brukerne, lisensene og loggen i det.
store-error-bad-url = «{ $url }» er ikke en lageradresse. Bruk sqlite:STI, memory:, memory:demo, graph: eller graph:BASIS-URL.
store-error-not-a-store = { $path } er ikke et lisenslager for taskguide, eller det er skadet ({ $detail }). Pek --store mot en annen fil, eller flytt denne bort og kjør `taskguide store init`.
store-error-newer-schema = { $path } ble skrevet av en nyere taskguide (lagerversjon { $version }). Oppdater taskguide for å bruke det.
store-error-read-only = { $path } er skrivebeskyttet, så ingenting ble endret. Gjør filen skrivbar (chmod u+w) eller velg et annet lager med --store.
store-error-busy = { $path } var låst av et annet program for lenge, så ingenting ble endret. Prøv igjen når det er ferdig.
store-error-storage = Lisenslageret feilet, så ingenting ble endret: { $detail }
store-error-entry-not-found = Det finnes ingen loggoppføring { $id }. Se oppføringene med `taskguide store history`.
store-error-undo-conflict = Oppføring { $id } kan ikke angres: { $user } er endret siden. Oppføringen etterlot { $expected }; nå er det { $actual }. Angre de senere oppføringene først (se `taskguide store history --user { $user }`).
store-graph-note = Microsoft Graph ville svart { $status } { $code }: «{ $message }»
store-init-demo = Opprettet et demo-lisenslager på { $url }: { $users ->
    [one] { $users } bruker
   *[other] { $users } brukere
}, { $skus ->
    [one] { $skus } lisens
   *[other] { $skus } lisenser
}, { $groups ->
    [one] { $groups } gruppe
   *[other] { $groups } grupper
}.
store-init-empty = Opprettet et tomt lisenslager på { $url }.
store-users-count = { $count ->
    [one] { $count } bruker
   *[other] { $count } brukere
}
store-history-line = #{ $id }  { $at }  { $actor }  { $user }: { $before } → { $after }  ({ $command })
store-history-count = { $count ->
    [one] { $count } oppføring
   *[other] { $count } oppføringer
}
store-sku-line = { $part } ({ $name }): { $available } av { $total } ledige, { $plans ->
    [one] { $plans } tjenesteplan
   *[other] { $plans } tjenesteplaner
}
store-change-location = bruksplassering { $before } → { $after }
store-change-off = slått av: { $plans }
store-seats-left = { $available } av { $total } ledige
store-unchanged = Ingen endring: { $user } har allerede akkurat dette.
store-dry-run = Prøvekjøring: ingenting ble endret.
store-applied = Ferdig (loggoppføring { $id }; `taskguide store undo { $id }` reverserer den).
store-row-ok = ok         { $user }
store-row-unchanged = uendret    { $user }
store-row-error = feil       { $user }: { $reason }
store-bulk-summary = { $total ->
    [one] { $total } bruker
   *[other] { $total } brukere
}: { $changed } endret, { $unchanged } uendret, { $failed } feilet.
store-assign-no-user = Oppgi brukeren med --user UPN, eller brukerne med --users-from FIL.csv.
store-assign-nothing = Si hva som skal endres med --add SKU eller --remove SKU.
store-csv-unreadable = kan ikke lese { $path }: { $reason }
store-csv-no-column = { $path } har ingen userPrincipalName-kolonne (overskriftslinjen er «{ $header }»). Legg til en kolonne som heter userPrincipalName, med ett påloggingsnavn per rad.
store-csv-empty-upn = { $path }, linje { $line }: userPrincipalName er tom.
store-csv-empty = { $path } inneholder ingen brukere.
store-csv-fields = { $path }, linje { $line }: { $found ->
    [one] { $found } felt
   *[other] { $found } felter
} der overskriftslinjen har { $expected }.
store-csv-utf8 = { $path }, linje { $line }: ikke gyldig UTF-8-tekst. Lagre filen som UTF-8.
cli-store = Opprett og se i lisenslageret (brukere, lisenser, logg), angre en endring.
cli-store-opt-store = Lageret: sqlite:STI, memory:, memory:demo, eller graph: for en Microsoft 365-organisasjon via Microsoft Graph (ellers $TASKGUIDE_STORE; standard: sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-store-opt-actor = Navnet som føres i loggen (standard: brukeren i operativsystemet).
cli-store-init = Opprett lageret: tomt, eller en demo-organisasjon med --demo.
cli-store-init-opt-demo = Fyll det med demo-organisasjonen: 50 brukere, 7 lisenser, en gruppe.
cli-store-init-opt-force = Erstatt et eksisterende lager (sletter brukerne, lisensene og loggen i det).
cli-store-users = Vis brukere med lisensene deres.
cli-store-users-opt-search = Bare brukere der påloggingsnavnet eller visningsnavnet inneholder TEKST.
cli-store-users-opt-format = Utdataformat: text, eller json med feltnavnene fra Graph.
cli-store-skus = Vis lisensene (SKU-er) med ledige lisenser og tjenesteplaner.
cli-store-skus-opt-format = Utdataformat: text, eller json med feltnavnene fra Graph.
cli-store-history = Vis loggen: hvem som endret hvilke brukeres lisenser, når og hvordan.
cli-store-history-opt-user = Bare oppføringene for denne brukeren.
cli-store-history-opt-format = Utdataformat: text eller json.
cli-store-undo = Reverser en loggført endring, hvis brukeren ikke er endret siden.
cli-store-undo-opt-id = Loggoppføringen (se `taskguide store history`).
cli-store-undo-opt-dry_run = Vis hva angringen ville gjort, uten å gjøre det.
cli-store-set-location = Angi bruksplasseringen til en bruker (kreves før lisenser kan tildeles).
cli-store-set-location-opt-user = Brukerens påloggingsnavn eller ID.
cli-store-set-location-opt-location = Landkode på to bokstaver etter ISO 3166, for eksempel NO.
cli-assign = Legg til, oppdater eller fjern lisenser for én bruker eller for brukerne i en CSV-fil. Avslutningskode 1 hvis lageret avviser endringen eller en rad feiler; 2 ved feil kommandolinje eller CSV-fil (da endres ingenting).
cli-assign-opt-store = Lageret: sqlite:STI, memory:, memory:demo, eller graph: for en Microsoft 365-organisasjon via Microsoft Graph (ellers $TASKGUIDE_STORE; standard: sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-assign-opt-actor = Navnet som føres i loggen (standard: brukeren i operativsystemet).
cli-assign-opt-user = Brukerens påloggingsnavn eller ID.
cli-assign-opt-users_from = En CSV-fil med en userPrincipalName-kolonne (andre kolonner ignoreres); én resultatlinje per bruker. Trygt å kjøre på nytt.
cli-assign-opt-add = SKU[:PLAN,…]: legg til lisensen (med delenummer eller ID) med de oppgitte tjenesteplanene slått av; for en lisens brukeren har, erstatt planene som er slått av. Kan gjentas.
cli-assign-opt-remove = Fjern denne lisensen (delenummer eller ID). Kan gjentas.
cli-assign-opt-dry_run = Kontroller endringen og vis den, med ledige lisenser, uten å gjøre den.

## Status

status-doc = dokument
status-locale = språk
status-translated = oversatt
status-stale = utdatert
status-missing = mangler
status-machine = maskin
status-edited = endret
status-reviewed = gjennomgått
status-stale-message = { $doc } ({ $locale }) { $id } er utdatert
    oversatt fra: { $old }
    engelsk nå: { $new }
status-total = { $locale }: { $translated } oversatt, { $stale } utdatert, { $missing } mangler ({ $percent } %)
status-review-total = { $locale }: { $machine } maskin, { $edited } endret, { $reviewed } gjennomgått
cli-status = Vis, per dokument og språk, hvor mange meldinger som er oversatt, utdatert eller mangler.
cli-status-opt-locales_dir = Katalogmappen.
cli-status-opt-format = text for mennesker, json for programmer.
import-duplicate-id = { $path } har samme dokument-id «{ $id }» som { $first } på samme språk; hoppet over (gi en av dem nytt navn)
store-detail-directory = en mappe, ikke en fil

## Wizard
cli-guide = Gå gjennom en oppgave trinn for trinn på ditt språk, og utfør hvert trinn mot lisenslageret (eller, for et dokument uten handlinger, som en sjekkliste). Uten OPPGAVE vises oppgavene.
cli-guide-opt-task = Oppgaven: en dokument-ID som how-to-assign-a-license-to-a-user, eller banen til et dokument.
cli-guide-opt-locale = Språket for trinnene og veiviseren (standard: LC_ALL, LC_MESSAGES eller LANG, ellers en-US).
cli-guide-opt-store = Lageret: sqlite:STI, memory:demo, eller graph: for en Microsoft 365-organisasjon (ellers $TASKGUIDE_STORE; standard: sqlite:$XDG_DATA_HOME/taskguide/licenses.db, opprettet med demoorganisasjonen første gang).
cli-guide-opt-actor = Navnet som føres i loggen (standard: OS-brukeren).
cli-guide-opt-answers = Svar fra en TOML- eller JSON-fil (user, add, remove, usage_location, confirm) i stedet for å spørre, og skriv ut et referat. For skript og maskiner uten terminal.
cli-guide-opt-dry_run = Vis gjennomgangen av endringen og stopp før den utføres.
cli-guide-opt-content = En mappe med dokumenter (<språk>/<dok>.md, <dok>.task.toml) over de innebygde oppgavene og dem i $TASKGUIDE_CONTENT og ./content; oppgavene i den vinner over deres.
cli-guide-opt-locales_dir = Mappen med kataloger (<språk>/<dok>.ftl) over de innebygde (standard: ./locales når den finnes, ellers $TASKGUIDE_LOCALES).
guide-list = { $count ->
    [one] { $count } oppgave i { $content }:
   *[other] { $count } oppgaver i { $content }:
}
guide-list-guided = veiledet mot lisenslageret
guide-list-checklist = sjekkliste
guide-list-hint = Start en med: taskguide guide <OPPGAVE>
guide-no-task = Ingen oppgave «{ $task }»: det finnes verken en fil med det navnet eller { $task }.md under { $content }/. Kjør `taskguide guide` for å se oppgavene.
guide-no-terminal = Veiviseren trenger en terminal for å stille spørsmålene sine. For å kjøre den uten, legg svarene i en fil og gi den med --answers, for eksempel: taskguide guide { $task } --answers svar.toml (felter: user, add, remove, usage_location, confirm).
guide-demo-created = Fant ikke noe lisenslager: opprettet et i { $path } med demoorganisasjonen ({ $users } brukere) å øve på.
guide-demo-dir = kan ikke opprette { $path }: { $reason }
guide-terminal-error = terminalen sviktet: { $reason }
task-bindings-io = kan ikke lese bindingene: { $reason }
task-bindings-syntax = ikke en gyldig bindingsfil: { $reason }
task-bindings-unknown-step = dokumentet har ikke noe trinn «{ $id }» (trinnene er: { $known }).
task-bindings-unknown-action = ingen handling heter «{ $name }» (handlingene er: { $known }).
wizard-welcome = { $title } – { $steps ->
    [one] { $steps } trinn
   *[other] { $steps } trinn
}.
wizard-welcome-bound = Jeg viser hvert trinn slik artikkelen beskriver det, og gjør det sammen med deg i lisenslageret { $store }.
wizard-welcome-checklist = Jeg viser hvert trinn slik artikkelen beskriver det; gjør det, og si fra når det er gjort.
wizard-welcome-dry-run = Prøvekjøring: du får se endringen, men ingenting blir utført.
wizard-keys = Esc går ett trinn tilbake, Ctrl-C avslutter.
wizard-progress = Trinn { $current } av { $total }
wizard-step-done = Er du ferdig med dette trinnet?
wizard-yes = ja
wizard-no = nei
wizard-yes-words = j, ja, y, yes
wizard-no-words = n, nei, no
wizard-hint-yes = J/n
wizard-hint-no = j/N
wizard-confirm-invalid = Svar j for ja eller n for nei.
wizard-key-back = Esc (tilbake)
wizard-key-cancel = Ctrl-C (avslutt)
wizard-prompt-left = (forlatt)
wizard-quit-confirm = Avslutte uten å utføre endringen? Ingenting er endret ennå.
wizard-cancelled = Avsluttet. Ingenting ble endret i lisenslageret.
wizard-checklist-summary = { $done } av { $total } trinn er gjort:
wizard-users-count = Organisasjonen har { $count ->
    [one] { $count } bruker
   *[other] { $count } brukere
}; { $unlicensed ->
    [0] alle har en lisens.
    [one] { $unlicensed } har ingen lisens ennå.
   *[other] { $unlicensed } har ingen lisens ennå.
}
wizard-no-users = Lisenslageret { $store } har ingen brukere. Opprett demoorganisasjonen med: taskguide store init --demo
wizard-no-skus = Lisenslageret { $store } har ingen abonnementer (SKU-er) å tilordne. Opprett demoorganisasjonen med: taskguide store init --demo
wizard-needs-user = Dette trinnet trenger en bruker, men ingen er valgt: bindingene for oppgaven har trinnene i feil rekkefølge.
wizard-select-user = Hvilken bruker?
wizard-select-user-help = Skriv en del av et navn eller påloggingsnavn for å filtrere, ↑↓ for å flytte, Enter for å velge, Esc for å gå tilbake.
wizard-user-choice = { $name } <{ $upn }> · { $licenses }
wizard-no-license = ingen lisens
wizard-licenses-of = { $name } har disse lisensene:
wizard-licenses-none = { $name } har ingen lisens ennå.
wizard-license-direct = • { $license }
wizard-license-inherited = 🔒 { $license }, fra gruppen { $group }
wizard-inherited-note = En lisens fra en gruppe er låst her: for å ta den bort må du fjerne brukeren fra gruppen eller endre lisensene til gruppen.
wizard-location = Bruksplassering: { $location }
wizard-location-missing = { $name } har ingen bruksplassering. Microsoft 365 må vite hvilket land brukeren arbeider i før en lisens kan tilordnes.
wizard-ask-location = I hvilket land arbeider { $name }?
wizard-ask-location-help = En landkode på to bokstaver, for eksempel NO, SE eller US. Den settes sammen med lisensene.
wizard-location-pending = Bruksplasseringen { $location } settes sammen med lisensene.
wizard-sku-name = { $name } ({ $part })
wizard-sku-choice = { $license } – { $available } av { $total } ledige
wizard-sku-choice-full = { $license } – ingen av { $total } ledige
wizard-edit-licenses = Lisensene til { $name }: merk av dem som skal tilordnes, fjern merket for dem som skal oppheves.
wizard-edit-help = ↑↓ for å flytte, mellomrom for å merke av eller fjerne merket, Enter for å gå videre, Esc for å gå tilbake. En lisens uten ledige plasser kan bare forbli avmerket hvis brukeren allerede har den.
wizard-edit-locked = Fra en gruppe, og derfor ikke med i listen: { $licenses }.
wizard-no-seats = { $license } har ingen ledige plasser. Fjern merket, eller frigjør en plass (opphev den for noen) eller kjøp flere først.
wizard-nothing-to-change = Ingenting å endre: dette er allerede lisensene til { $name }.
wizard-review = Endringen for { $name } <{ $upn }>:
wizard-review-add = + { $license } – { $available } av { $total } ledige etterpå
wizard-review-remove = − { $license } – { $available } av { $total } ledige etterpå
wizard-review-location = bruksplassering → { $after }
wizard-dry-run = Prøvekjøring: ingenting ble utført.
wizard-confirm = Utføre denne endringen for { $name }?
wizard-declined = Ikke utført. Ingenting ble endret i lisenslageret.
wizard-applied = Ferdig. Endringen for { $name } er lagret:
wizard-now-has = { $name } har nå: { $licenses }.
wizard-held-from-group = { $license } fra gruppen { $group }
wizard-journal = { $count ->
    [one] Loggoppføring { $ids }; for å reversere den: taskguide store undo { $last }
   *[other] Loggoppføringer { $ids }; for å reversere dem, angre hver fra den siste: taskguide store undo { $last }
}
wizard-fix-plans = Her: behold bare én av lisensene som inneholder disse tjenesteplanene.
wizard-back-to-step = Tilbake til trinn { $number } for å rette det.
wizard-script-exhausted = skriptet har ikke flere svar for «{ $field }».
wizard-script-mismatch = skriptets neste svar passer ikke til spørsmålet for «{ $field }».
wizard-answers-missing = svarfilen mangler «{ $field }», og veiviseren trenger det her.
wizard-answers-refused = svaret for «{ $field }» i svarfilen ble avvist: { $reason }
wizard-answer-invalid = «{ $field }» i svarene: { $reason }
wizard-answer-no-match = «{ $field }» i svarene: ingenting passer til «{ $value }».
wizard-answer-ambiguous = «{ $field }» i svarene: «{ $value }» passer til flere ({ $matches }); oppgi hele navnet.
wizard-answer-not-checked = «{ $field }» i svarene: brukeren har ingen «{ $value }» å fjerne.
wizard-answers-unreadable = kan ikke lese svarfilen { $path }: { $reason }
wizard-answers-bad = svarfilen { $path } er ikke gyldig: { $reason }
wizard-answers-not-a-table = svarene må være en tabell med felter (user, add, remove, usage_location, confirm).
wizard-answers-unknown-field = ukjent felt «{ $field }» (feltene er: { $known }).
wizard-answers-not-text = «{ $field }» må være en tekst, for eksempel "ola.nordmann@contoso-demo.example".
wizard-answers-not-list = «{ $field }» må være en liste med lisensnumre, for eksempel ["SPE_E3"].
wizard-answers-not-bool = «{ $field }» må være true eller false.

## Check

label-note = merknad
cli-check = Finner feil i oversettelser: lenker, markering, navigasjonsstier, plassholdere, tall, mellomrom og tegnsetting, med sted og løsning.
cli-check-opt-paths = Tospråklige dokumenter, FTL-kataloger eller mapper som skal kontrolleres (standard: content/ og locales/)
cli-check-opt-locale = Kontroller bare dokumenter på dette språket (kan gjentas)
cli-check-opt-format = Utdataformat: text for mennesker, json eller sarif for programmer og CI, html for en rapport som kan leses uten nett
cli-check-opt-allow = Ikke rapporter denne koden (kan gjentas)
cli-check-opt-config = Innstillingsfil (standard: .taskguide/check.toml, ellers taskguide.toml, den første som finnes)
check-error-unknown-code = det finnes ingen kontrollkode «{ $code }»; kodene er: { $known }
check-error-no-path = { $path } finnes ikke
check-error-no-match = ingen dokumenter eller kataloger under { $paths } er på { $locales }: ingenting ville blitt kontrollert
check-error-empty-path = { $path } har ingen dokumenter (.md) eller kataloger (.ftl): ingenting ville blitt kontrollert
check-label-source = kilde: { $text }
check-label-target = oversettelse: { $text }
check-label-hint = tips: { $text }
check-summary = { $files ->
    [one] { $files } dokument
   *[other] { $files } dokumenter
}: { $errors ->
    [one] { $errors } feil
   *[other] { $errors } feil
}, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}, { $notes ->
    [one] { $notes } merknad
   *[other] { $notes } merknader
}
check-link-mismatch = lenkemålet { $dest } finnes ikke i kilden
check-link-broken = lenken til { $dest } går over flere segmenter og er brutt i oversettelsen
check-link-count = kilden har { $source ->
    [one] { $source } lenke
   *[other] { $source } lenker
}, oversettelsen { $target }
check-bold-count = kilden har { $source } { $source ->
    [one] fet tekstbit
   *[other] fete tekstbiter
}, oversettelsen { $target }
check-emphasis-count = kilden har { $source } { $source ->
    [one] kursiv tekstbit
   *[other] kursive tekstbiter
}, oversettelsen { $target }
check-code-count = kilden har { $source } { $source ->
    [one] kodebit
   *[other] kodebiter
}, oversettelsen { $target }
check-breadcrumb = navigasjonsstien { $chain } er brutt: trinnene må bare være forbundet med «\>»
check-placeholder = plassholderen { $name } mangler i oversettelsen
check-number = tallet { $number } fra kilden mangler i oversettelsen
check-missing-space = en bokstav følger rett etter en lenke eller utheving: det mangler et mellomrom
check-edge-whitespace = { $extra ->
    [yes] oversettelsen har mellomrom i { $side -> 
        [end] slutten
       *[other] starten
    }, men det har ikke kilden
   *[no] oversettelsen mangler mellomrommet kilden har i { $side ->
        [end] slutten
       *[other] starten
    }
}
check-double-space = to mellomrom etter hverandre
check-end-punctuation = kilden slutter med «{ $source }», oversettelsen med «{ $target }»
check-length-ratio = oversettelsen er { $percent } % av kildens lengde: tekst kan mangle eller være lagt til
check-bidi-control = det usynlige bidi-styretegnet { $codepoint } kan snu rekkefølgen på teksten
check-replacement-char = U+FFFD (�) markerer tekst som gikk tapt i en tegnsettkonvertering
check-unbalanced-markup = denne { $marker } åpner eller lukker ingenting: resten av avsnittet kan bli vist feil
check-locale-mismatch = front matter sier { $front }, men dokumentet ligger i mappen { $folder }
check-machine-translated = maskinoversatt (ms.translationtype: MT): ikke gjennomgått
check-pairing = problem med sammenkoblingen av span-er
check-hint-link-mismatch = bruk kildens lenkemål, eller /en-us/-stien med målspråket
check-hint-link-count = behold hver [tekst](mål) fra kilden, med hakeparenteser og parenteser intakte
check-hint-markup-count = marker de samme etikettene og begrepene som kilden gjør
check-hint-breadcrumb = oversett hvert trinn innenfor markeringen og behold rekkefølgen: **A** \> **B**
check-hint-placeholder = kopier plassholdere som <email> uendret; leseren erstatter dem
check-hint-number = behold hvert tall; bare formateringen kan følge språket
check-hint-missing-space = sett inn et mellomrom etter avsluttende ) eller **
check-hint-edge-whitespace = start og avslutt oversettelsen med samme mellomrom som kilden
check-hint-double-space = erstatt de to mellomrommene med ett
check-hint-end-punctuation = avslutt setningen slik kilden gjør
check-hint-length-ratio = sammenlign oversettelsen med kilden ledd for ledd
check-hint-bad-char = slett tegnet, eller skriv teksten rundt det på nytt
check-hint-unbalanced-markup = sett ** og ` i par som i kilden, eller skriv dem som \*\*
check-hint-locale-mismatch = flytt dokumentet til mappen for språket, eller rett ms.contentlocale
check-hint-machine-translated = la en korrekturleser lese det, og sett deretter ms.translationtype til HT
check-hint-pairing = gi hver oversatte span en engelsk sxs-lookup-halvdel med samme id
check-missing = denne meldingen fra den engelske katalogen er ikke oversatt her
check-obsolete = den engelske katalogen har ikke lenger denne meldingen
check-empty = oversettelsen er tom
check-stale = den engelske teksten er endret etter at dette ble oversatt
check-unchanged = oversettelsen er identisk med den engelske teksten
check-variable-parity = oversettelsens variabler avviker fra engelsk: { $missing ->
    [none] {""}
   *[other] mangler { $missing }
}{ $extra ->
    [none] {""}
   *[other] {" "}ukjent { $extra }
}
check-plural-categories = flertallsvalget mangler kategoriene { $missing } for { $locale }
check-hint-ftl = rett FTL-syntaksen; leseren hopper over denne oppføringen til da
check-hint-missing = oversett meldingen, eller kjør taskguide import for å hente den inn
check-hint-obsolete = slett meldingen, eller kjør taskguide import med opprydding
check-hint-stale = sammenlign med den nye engelske teksten (`taskguide status` viser den gamle og den nye), oppdater oversettelsen, og importer på nytt: tilstandsfilen registrerer den engelske teksten den nå oversetter
check-hint-unchanged = oversett den, eller før den opp under unchanged i [check]-tabellen i taskguide.toml hvis det er et navn
check-hint-variable-parity = bruk nøyaktig de samme variablene som den engelske meldingen
check-hint-plural-categories = legg til en variant for hver kategori språkets flertallsregler bruker
check-unknown-variable = oversettelsen bruker variabelen ${ $name }, som ingenting fyller ut: den vises som skrevet
check-message-reference = oversettelsen viser til meldingen { $id }, som en dokumentkatalog ikke kan bruke: den vises som skrevet
check-term-reference = oversettelsen viser til termen { $id }, som en dokumentkatalog ikke definerer: den vises som skrevet
check-line-break = { $block ->
    [heading] et linjeskift deler overskriften i to
    [cell] et linjeskift deler tabellraden i to
   *[other] en tom linje deler avsnittet i to
}
check-table-cell-split = denne | starter en ny tabellcelle: raden får én celle mer enn tabellen har
check-block-marker = «{ $marker }» i starten av en linje lager en liste, overskrift eller et sitat som den engelske teksten ikke har
check-hint-reference = erstatt referansen med teksten den står for, slik den engelske teksten har den
check-hint-line-break = hold oversettelsen på én linje, slik den engelske er
check-hint-table-cell-split = skriv | som \| eller omformuler uten den
check-hint-block-marker = slå linjen sammen med den forrige, eller beskytt tegnet med en omvendt skråstrek (\-, 1\.)

## Graph

graph-error-not-supported = { $url } er en Microsoft Graph-leietaker, som ikke har «{ $operation }»: taskguide fører ingen logg der og kan ikke opprette en leietaker. Bruk overvåkingsloggen i administrasjonssenteret for Microsoft 365 for historikk, og et sqlite:- eller memory:-lager for å øve.
graph-error-credentials = Kan ikke logge på Microsoft Graph: angi { $variables } (appregistreringens katalog-ID, program-ID og klienthemmelighet; se README).
graph-error-sign-in = Microsoft nektet å logge på appen ({ $status } { $code }: { $description }). Kontroller AZURE_TENANT_ID, AZURE_CLIENT_ID og AZURE_CLIENT_SECRET (en hemmelighet utløper; lag en ny under Sertifikater og hemmeligheter).
graph-error-unauthorized = Microsoft Graph godtok ikke appens token, heller ikke et nytt: { $message } Kontroller at appen hører til denne leietakeren, og at AZURE_AUTHORITY_HOST passer til skyen.
graph-error-forbidden = Appen har ikke lov til dette ({ $code }: { $message }). Gi den programtillatelsene LicenseAssignment.ReadWrite.All og User.ReadWrite.All og gi administratorsamtykke; `taskguide store check` forteller hva som mangler.
graph-error-throttled = Microsoft Graph er opptatt og svarte { $status } på alle { $attempts } forsøk, så dette ble ikke gjort. Prøv igjen om noen minutter; en masseendring kan trygt kjøres på nytt.
graph-error-network = Får ikke kontakt med { $host }: { $detail }. Kontroller nettverkstilkoblingen, proxyen og adressen i --store.
graph-error-timeout = { $host } svarte ikke i tide, så ingenting mer ble sendt. Kontroller nettverkstilkoblingen, og prøv igjen.
graph-error-unexpected = Microsoft Graph svarte { $status } { $code }: { $message }
graph-error-bad-response = Microsoft Graph sendte et svar taskguide ikke forstår ({ $detail }). Kontroller at --store peker på Microsoft Graph v1.0.
graph-check-sign-in = Pålogging med klientlegitimasjonen
graph-check-skus = Lesing av lisensene (abonnerte SKU-er)
graph-check-users = Lesing av brukere
graph-check-ok = ✓ { $what }: ok ({ $count })
graph-check-error = ✗ { $what }: { $reason }
graph-check-need-licenses = Gi appen programtillatelsen LicenseAssignment.ReadWrite.All og gi administratorsamtykke.
graph-check-need-users = Gi appen programtillatelsen User.ReadWrite.All og gi administratorsamtykke.
graph-check-ready = { $url } er klar til bruk.
graph-check-failed = { $failed } av { $total } kontroller mislyktes.
cli-store-check = Kontroller at lageret kan brukes: for graph: logg på og les lisenser og brukere, og si hvilken tillatelse som mangler.
graph-error-permissions = Appen kan lese, men ikke gjøre alle endringer: legg til programtillatelsen(e) { $permissions } i appregistreringen (API-tillatelser → Microsoft Graph → Programtillatelser) og gi administratorsamtykke, og logg på igjen.
graph-check-permissions = Tillatelser til å gjøre endringer

## ship: built-in content, where it comes from, --version, store --where
guide-origin-builtin = innebygd
guide-origin-env = { $path } ($TASKGUIDE_CONTENT)
guide-origin-cwd = { $path } (arbeidsmappen)
guide-origin-option = { $path } (--content)
guide-list-sources = { $count ->
    [one] { $count } oppgave (fra { $sources }; en senere kilde overstyrer en tidligere):
   *[other] { $count } oppgaver (fra { $sources }; en senere kilde overstyrer en tidligere):
}
guide-list-from = kilde: { $origin }
guide-list-overrides = kilde: { $origin }, overstyrer { $under }
guide-override = Oppgave { $task }: bruker { $path }, som overstyrer oppgaven med samme ID fra { $under }.
guide-no-task-in = Ingen oppgave «{ $task }»: det finnes verken en fil med det navnet eller et dokument { $task } i { $sources }. Kjør `taskguide guide` for å se oppgavene.
cli-version-content = innebygd innhold: { $count ->
    [one] { $count } oppgave
   *[other] { $count } oppgaver
} på { $locales } (fingeravtrykk { $fingerprint })
cli-store-opt-where = Vis hvor taskguide har filene sine (lageret, datamappen, innholds- og katalogmappene), og avslutt.
where-store = lager: { $url } (fra { $source })
where-source-default = standardvalget
where-data = datamappe: { $path } ({ $state })
where-exists = finnes
where-missing = ikke opprettet ennå
where-content = oppgaver: { $sources } (en senere kilde overstyrer en tidligere)
where-locales = kataloger: { $path }
## i18na: tilgjengelig modus (guide --accessible, TASKGUIDE_ACCESSIBLE=1)

cli-guide-opt-accessible = Tilgjengelig modus for skjermlesere (også TASKGUIDE_ACCESSIBLE=1): hvert spørsmål som rene tekstlinjer, valgene nummerert og valgt med nummer eller ved å skrive en del av et navn, besvart linje for linje; ingen nytegning, markørflytting, spinnere eller farger.
accessible-intro = Tilgjengelig modus: hvert spørsmål skrives som ren tekst. Svar med et nummer eller en del av et navn, og trykk Enter. Skriv «tilbake» for å gå ett trinn tilbake, «avslutt» for å avslutte.
accessible-back-words = tilbake, back
accessible-quit-words = avslutt, quit
accessible-choice = { $number }. { $label }
accessible-multi-choice = { $number }. { $label } – { $state }
accessible-choose = Skriv et nummer fra 1 til { $count }, eller en del av et navn, og trykk Enter:
accessible-chosen = Valgt: { $label }
accessible-matches = { $count ->
    [one] { $count } valg passer til «{ $text }»:
   *[other] { $count } valg passer til «{ $text }»:
}
accessible-no-match = Ingenting passer til «{ $text }». Skriv et nummer fra 1 til { $count }, eller en annen del av et navn.
accessible-out-of-range = Det finnes ikke noe valg { $number }. Skriv et nummer fra 1 til { $count }.
accessible-checked = avkrysset
accessible-unchecked = ikke avkrysset
accessible-multi-help = Skriv numrene på valgene du vil krysse av eller fjerne, atskilt med mellomrom (for eksempel: 1 3), eller en del av et navn. Når du er ferdig, trykker du Enter på en tom linje.
accessible-multi-ask = Numre å krysse av eller fjerne, eller Enter for å fullføre:
accessible-toggled-on = Avkrysset: { $label }
accessible-toggled-off = Fjernet: { $label }
accessible-blocked = { $label } kan ikke krysses av: { $reason }
accessible-now-checked = Avkrysset nå: { $labels }
accessible-none-checked = Ingenting er avkrysset nå.
accessible-confirm-ask = Skriv { $yes } eller { $no }, og trykk Enter (bare Enter betyr { $default }):
accessible-text-ask = Skriv svaret, og trykk Enter:
accessible-answered = Svar: { $answer }
accessible-problem = Problem: { $text }
accessible-progress = Fremdrift: { $percent } % ({ $done } av { $total })
accessible-row = Rad { $number } av { $total }:
accessible-cell = { $label }: { $value }
## login: signing in as yourself (delegated), the token cache, Graph's security refusals
cli-login = Logg inn i Microsoft Graph som deg selv, med din egen appregistrering (en offentlig klient: AZURE_CLIENT_ID eller --client-id, «Tillat offentlige klientflyter» på). Åpner nettleseren (autorisasjonskode med PKCE, omdirigering til http://localhost); over SSH, uten skjerm eller med --device-code skriver den ut en kode du taster inn på en annen enhet. Ber om de delegerte tillatelsene LicenseAssignment.Read.All (lese abonnerte lisenser), User.ReadWrite.All (lese brukere med lisensene deres, angi bruksplassering, tildele lisenser) og offline_access (forbli pålogget: et oppdateringstoken). Du trenger rollen lisensadministrator eller brukeradministrator. Oppdateringstokenet lagres i operativsystemets legitimasjonslager, ellers i en fil bare du kan lese ($TASKGUIDE_TOKEN_STORE=file|keyring velger).
cli-login-opt-device_code = Logg inn med en enhetskode, i en nettleser på hvilken som helst enhet, i stedet for denne maskinens nettleser.
cli-login-opt-client_id = Program-ID-en (klient-ID-en) til appregistreringen din (ellers $AZURE_CLIENT_ID).
cli-login-opt-tenant = Katalog-ID-en (leier-ID-en) eller domenet (ellers $AZURE_TENANT_ID, ellers organizations: leieren til kontoen du logger inn med).
cli-login-opt-status = Vis hvem som er pålogget, hvor, med hvilke tillatelser og til når, i stedet for å logge inn. Viser aldri et token.
cli-login-opt-store = graph:-lageret du logger inn for; verten avgjør skyen (US Government, Kina) med mindre AZURE_AUTHORITY_HOST er satt (ellers $TASKGUIDE_STORE, ellers graph:).
cli-login-opt-format = text for mennesker, json for programmer.
cli-whoami = Vis hvem som er pålogget (det samme som login --status).
cli-whoami-opt-format = text for mennesker, json for programmer.
cli-logout = Logg ut: fjern den lagrede påloggingen (oppdateringstoken og konto) fra operativsystemets legitimasjonslager og filen.
signin-error-no-client-id = Ingen appregistrering å logge inn med: angi AZURE_CLIENT_ID eller bruk --client-id (program-ID-en til appregistreringen din, med «Tillat offentlige klientflyter» på; se README, «Sign in as yourself»).
signin-error-not-signed-in = Ingen er logget inn i Microsoft Graph. Kjør `taskguide login` (eller `taskguide login --device-code`), eller angi AZURE_CLIENT_SECRET med AZURE_TENANT_ID og AZURE_CLIENT_ID for en app.
signin-error-session-expired = Den lagrede påloggingen godtas ikke lenger ({ $code }: { $description }); den er tilbakekalt eller utløpt. Kjør `taskguide login` på nytt.
signin-error-declined = Påloggingen ble avslått, så du er ikke pålogget. Kjør `taskguide login` på nytt for å prøve igjen.
signin-error-expired = Påloggingskoden utløp før påloggingen var fullført. Kjør `taskguide login` på nytt og fullfør innen tiden som vises.
signin-error-bad-code = Microsoft kjente ikke igjen koden. Kjør `taskguide login --device-code` på nytt og skriv inn den nye koden nøyaktig.
signin-error-cancelled = Påloggingen ble avbrutt; ingenting ble lagret.
signin-error-no-browser = Ingen nettleser kunne åpnes. Bruk `taskguide login --device-code`.
signin-error-state = Svaret fra nettleseren hørte ikke til denne påloggingen, så det ble oversett. Kjør `taskguide login` på nytt.
signin-error-loopback = Den lokale påloggingslytteren feilet ({ $detail }). Bruk `taskguide login --device-code`.
signin-error-no-refresh-token = Microsoft ga ikke noe oppdateringstoken, så påloggingen kan ikke lagres. Kontroller at appregistreringen kan be om offline_access, og logg inn på nytt.
signin-error-cache = Påloggingen kunne ikke lagres eller leses i { $path }: { $detail }. Kjør `taskguide logout`, deretter `taskguide login`.
graph-error-foreign-link = Microsoft Graph viste til { $origin }, som ikke er den konfigurerte Graph-verten; lenken ble ikke fulgt, og ingen token ble sendt dit. Kontroller --store-adressen og eventuell mellomtjener.
graph-error-missing-role = Du er pålogget, men har ingen av katalogrollene som kan tildele lisenser. Be en administrator om { $roles } (Microsoft Entra-administrasjonssenteret → Roller og administratorer), og logg inn på nytt.
graph-check-roles = Katalogrollen din for å tildele lisenser
signin-done = Logget inn som { $user } (leier { $tenant }).
signin-logged-out = Logget ut: den lagrede påloggingen ble fjernet.
signin-status-none = Ingen er pålogget. Kjør `taskguide login`.
signin-status-no-role = ingen som kan tildele lisenser
signin-status = Logget inn som { $user }
      leier: { $tenant } ({ $authority })
      app: { $client }
      tillatelser: { $scopes }
      lisensroller: { $roles }
      kan brukes til: { $until } (fornyes ved hver bruk)
      lagret i: { $place }
signin-place-keyring = operativsystemets legitimasjonslager
signin-browser = Åpner nettleseren for pålogging. Hvis den ikke åpnes, gå til: { $url }
signin-browser-done = Logget inn i taskguide. Du kan lukke dette vinduet.
signin-device-code = For å logge inn, åpne { $uri } i en nettleser og skriv inn koden { $code }.
signin-file-warning = Advarsel: ingen legitimasjonslager i operativsystemet svarte; påloggingen lagres i { $path } (bare lesbar for deg).
signin-offer = Logge inn i Microsoft Graph nå?
wizard-search-user = Finn brukeren (en del av navnet eller påloggingsnavnet):
wizard-search-user-help = Katalogen søkes i mens du skriver; Enter på en tom linje viser de første brukerne.
wizard-search-none = Ingen bruker samsvarer med «{ $filter }». Prøv en del av navnet eller påloggingsnavnet.
signin-check-need-licenses = Legg til den delegerte tillatelsen LicenseAssignment.Read.All i appregistreringen din (API-tillatelser → Microsoft Graph → Delegerte tillatelser), gi samtykke, og kjør `taskguide login` på nytt.
signin-check-need-users = Legg til den delegerte tillatelsen User.ReadWrite.All i appregistreringen din, gi samtykke, og kjør `taskguide login` på nytt; du trenger også rollen lisensadministrator eller brukeradministrator.
## site: the static localized help site (taskguide site)
cli-site = Bygg det statiske, lokaliserte hjelpenettstedet: hvert dokument på hvert språk, språkvelger, engelsk ved behov, maskinoversettelse merket, søk; bare endrede sider skrives på nytt.
cli-site-opt-paths = Mapper med dokumenter (standard: content). Et dokuments ID er stien under mappen, uten .md og uten en innledende språkmappe.
cli-site-opt-locales_dir = Katalogmappen: locales/<språk>/<dokument-id>.ftl. Meldingene der går foran teksten i dokumentene.
cli-site-opt-locale = Et språk som skal bygges (kan gjentas). Standard: alle språk som har dokumenter eller kataloger, og en-US.
cli-site-opt-out = Utdatamappen: <språk>/<dokument-id>.html, en oversikt og et søk per språk, index.html, og sitemap.xml med --base-url.
cli-site-opt-theme = En mappe med temafiler (base.html, page.html, index.html, search.html, root.html, sitemap.xml, site.css, site.js) som erstatter de innebygde med samme navn.
cli-site-opt-check = Skriv ingenting: list filene som ville blitt skrevet eller fjernet, og avslutt med kode 1 hvis det finnes noen (for CI).
cli-site-opt-base_url = Nettstedets offentlige adresse (https://help.example.com/docs), for sitemap.xml, der adressene må være absolutte: uten den skrives ingen sitemap.xml.
cli-site-opt-link_base = Hvor dokumentenes lenker som begynner med / fører (det opprinnelige nettstedet, f.eks. https://learn.microsoft.com); uten den vises de som tekst, ikke som brutte lenker.
site-summary = { $pages } sider på { $locales } språk: { $written } filer skrevet, { $removed } fjernet, { $unchanged } sider uendret, { $fallbacks } segmenter ikke på sidens språk, { $dead } lenker eller bilder uten mål vist som tekst. Nettsted: { $out }
site-check-write = ville skrevet { $path }
site-check-remove = ville fjernet { $path }
site-error-theme = kan ikke lese temaet { $path }: { $reason }
site-error-template = { $path }:{ $line }: feil i malen: { $reason }
site-skip = Hopp til artikkelen
site-home = Alle artikler
site-language = Språk
site-search = Søk
site-search-label = Søk i artiklene
site-search-none = Ingen artikler passer.
site-search-count = { $count ->
    [one] { $count } artikkel passer.
   *[other] { $count } artikler passer.
}
site-search-noscript = Søket krever JavaScript; listen over alle artikler virker uten.
site-show-english = Vis den engelske originalen
site-show-translation = Vis oversettelsen
site-guided = Veiledet oppgave
site-step-done = Utført: trinn
site-index-title = Artikler
site-mt-banner = Denne artikkelen er maskinoversatt og kan inneholde feil.
site-mt-link = Les den engelske originalen
site-fallback-badge = Ikke oversatt: vises på et annet språk
site-stale-badge = Oversettelsen er eldre enn den engelske teksten
site-root-title = Velg språk
## tasks: produktoppgavene fra sak 16 (produkter, mange brukere, tjenesteplaner, bytter, lisensplasser, oppgavevelgeren)

wizard-products = { $count ->
    [one] Ett produkt i denne organisasjonen:
   *[other] { $count } produkter i denne organisasjonen:
}
wizard-product-line = { $license } — { $assigned } tilordnet, { $available } av { $total } ledige
wizard-product-suspended = suspendert: { $count } lisenser kan ikke tilordnes før abonnementet er betalt
wizard-product-warning = varsel: { $count } lisenser utløper hvis abonnementet ikke fornyes
wizard-select-product = Hvilket produkt?
wizard-select-product-help = Skriv for å filtrere, ↑↓ for å flytte, Enter for å velge, Esc for å gå tilbake.
wizard-needs-product = Ingen produkt er valgt ennå: denne oppgaven trenger et trinn med select-product før dette.
wizard-select-users = Brukere som skal få { $license } (opptil { $max } om gangen):
wizard-select-users-help = Skriv for å filtrere, mellomrom for å legge til eller ta bort, Enter for å gå videre, Esc for å gå tilbake. { $seats }
wizard-seats-left = { $left } av { $available } igjen etter disse
wizard-seats-short = { $license } har bare { $available } ledige lisenser: ta bort noen brukere, eller kjøp flere lisenser først.
wizard-users-max = Høyst { $max } brukere om gangen, som i administrasjonssenteret.
wizard-users-none = Ingen bruker er valgt: velg minst én.
wizard-user-has-product = har allerede { $license }
wizard-user-no-location = ingen bruksplassering
wizard-batch-user = { $name } <{ $upn }>
wizard-batch-location-missing = { $count ->
    [one] Én av disse brukerne har ingen bruksplassering: { $names }. En lisens krever det; den settes sammen med lisensen.
   *[other] { $count } av disse brukerne har ingen bruksplassering: { $names }. En lisens krever det; den settes sammen med lisensen.
}
wizard-batch-ask-location = { $count ->
    [one] Bruksplassering for denne brukeren
   *[other] Bruksplassering for disse { $count } brukerne
}
wizard-plan-rules = Slik avhenger appene og tjenestene i { $license } av hverandre:
wizard-plan-needs = { $plan } trenger { $needs }
wizard-plan-excludes = { $plan } kan ikke være på sammen med { $other }
wizard-choose-plans = Apper og tjenester i { $license }: fjern merket for dem som skal slås av.
wizard-choose-plans-help = ↑↓ for å flytte, mellomrom for å slå på eller av, Enter for å gå videre, Esc for å gå tilbake.
wizard-plan-choice = { $plan } ({ $name })
wizard-plan-needs-off = { $plan } trenger { $needs }, som du slo av: slå den på igjen, eller slå av { $plan } også.
wizard-plans-off = Slått av: { $plans }
wizard-plans-all-on = Alle apper og tjenester forblir på.
wizard-review-batch = { $count ->
    [one] Tilordne { $license } til én bruker:
   *[other] Tilordne { $license } til { $count } brukere:
}
wizard-batch-seats = { $license } — { $available } av { $total } ledige etterpå
wizard-batch-short = { $license } har { $available } ledige lisenser, men disse brukerne trenger { $needed }. Ingenting ble endret: ta bort noen brukere, eller kjøp flere lisenser først.
wizard-confirm-batch = { $count ->
    [one] Tilordne { $license } til denne brukeren?
   *[other] Tilordne { $license } til disse { $count } brukerne?
}
wizard-batch-ok = ✓ { $name } <{ $upn }>
wizard-batch-failed = ✗ { $name } <{ $upn }>: { $reason }
wizard-batch-not-run = ikke utført: lageret stoppet før denne brukeren.
wizard-batch-done = { $ok } av { $total } brukere endret:
wizard-batch-partial = { $failed ->
    [one] Én bruker ble ikke endret (årsaken står over); de andre ble det, og journalen har nøyaktig deres endringer.
   *[other] { $failed } brukere ble ikke endret (årsakene står over); de andre ble det, og journalen har nøyaktig deres endringer.
}
wizard-seats-before-after = { $license }: før { $before_available } av { $before_total } ledige, nå { $available } av { $total }
wizard-swap-from = Flytte brukere fra hvilket produkt?
wizard-swap-to = Til hvilket produkt?
wizard-swap-users = Brukere med { $from } som skal flyttes til { $to }:
wizard-swap-none-hold = Ingen har et produkt direkte tilordnet: det er ingen å flytte.
wizard-review-swap = { $count ->
    [one] Flytte én bruker fra { $from } til { $to }, i én endring (den nye lisensen legges til og den gamle fjernes samtidig, så brukeren aldri står uten postboks):
   *[other] Flytte { $count } brukere fra { $from } til { $to }, én endring per bruker (den nye lisensen legges til og den gamle fjernes samtidig, så ingen står uten postboks):
}
wizard-confirm-swap = { $count ->
    [one] Flytte denne brukeren?
   *[other] Flytte disse { $count } brukerne?
}
guide-pick-task = Hvilken oppgave?
guide-pick-task-help = Skriv for å filtrere, ↑↓ for å flytte, Enter for å starte, Esc for å avslutte.
## exchange: XLIFF og PO for oversettere og leverandører, ordtelling, oversettelsesminne

cli-export = Eksporter meldingene et språk trenger, til oversettere og leverandører: XLIFF 2.1 (én fil) eller gettext PO (én fil per dokument), med engelsken, gjeldende oversettelse og dens tilstand, stedet i dokumentet, forrige engelsk for utdaterte meldinger og forslag fra oversettelsesminnet; eller språkets oversettelsesminne som TMX.
cli-export-opt-locale = Språket det skal oversettes til.
cli-export-opt-what = Hvilke meldinger: missing (mangler), stale (utdatert), machine (maskin- eller gjenbrukte oversettelser), all (alle); flere atskilt med komma.
cli-export-opt-file_format = xliff (XLIFF 2.1), po (gettext PO, én fil per dokument i --out-mappen) eller tmx (oversettelsesminnet).
cli-export-opt-docs = Dokument-ID-er eller mapper av ID-er (AlchemyInsights/x, AlchemyInsights); ingen: alle dokumenter.
cli-export-opt-out = Filen som skal skrives (XLIFF, TMX), eller mappen (PO).
cli-export-opt-locales_dir = Katalogmappen.
cli-export-opt-tm = En TMX-fil hvis oversettelser legges til oversettelsesminnet (kan gjentas).
cli-export-opt-matches = Hvor mange forslag fra oversettelsesminnet hver manglende eller utdaterte melding får (0: ingen).
cli-export-opt-report = text for mennesker, json for programmer.
cli-import-translations = Hent oversatte XLIFF- eller PO-filer tilbake inn i katalogene. En enhet der engelsken er endret, eller der innebygde koder eller plassholdere avviker fra engelsken, avvises med fil:linje:kolonne; XLIFF final eller en PO-melding med kommentaren «# reviewed» registreres som gjennomgått, andre endringer som redigert; ingenting annet røres.
cli-import-translations-opt-files = XLIFF- (.xlf) eller PO-filer (.po), slik taskguide export skriver dem.
cli-import-translations-opt-locales_dir = Katalogmappen det skal skrives til.
cli-import-translations-opt-format = text for mennesker, json for programmer.
cli-leverage = Fyll et språks manglende meldinger med eksakte treff på engelsken deres andre steder (språkets andre meldinger og dokumenter, og oppgitte TMX-filer), merket leveraged eller machine, aldri gjennomgått.
cli-leverage-opt-locale = Språket som skal fylles.
cli-leverage-opt-docs = Dokument-ID-er eller mapper av ID-er; ingen: alle dokumenter.
cli-leverage-opt-locales_dir = Katalogmappen.
cli-leverage-opt-tm = En TMX-fil som oversettelsesminnet skal fylles fra (kan gjentas).
cli-leverage-opt-mark = Hvordan de utfylte meldingene merkes: leveraged (gjenbrukt), eller machine (en ny import kan erstatte dem med dokumentets oversettelse).
cli-leverage-opt-dry_run = Tell hva som ville blitt fylt, uten å skrive noe.
cli-leverage-opt-format = text for mennesker, json for programmer.
cli-status-opt-words = Tell ord slik leverandører priser: per språk og dokument nye ord, ord i utdaterte meldinger, gjentakelser, 100 % treff i oversettelsesminnet og uskarpe treff i intervaller.
cli-status-opt-what = Med --words: hvilke meldinger som telles (missing, stale, machine, all).
cli-status-opt-locale = Bare dette språket (kan gjentas).
cli-status-opt-tm = Med --words: en TMX-fil som legges til oversettelsesminnet (kan gjentas).
exchange-error-catalog-syntax = { $path } har syntaksfeil og ble latt være som den er: { $first }
exchange-error-references = { $path } har Fluent-referanser ({"{"} $variable {"}"}, {"{"} -term {"}"}); å skrive den på nytt ville gjort dem til tekst, så den ble latt være som den er.
exchange-error-file = { $place }: dette er ikke en fil taskguide kan lese: { $reason }
exchange-refused-unknown-document = språket har ingen katalog for dette dokumentet
exchange-refused-unknown-message = dokumentet har ingen slik melding
exchange-refused-english-changed = engelsken er endret siden filen ble laget; eksporter på nytt og oversett: { $current }
exchange-refused-unknown-code = den innebygde koden { $id } er ikke en av enhetens koder
exchange-refused-codes = de innebygde kodene eller plassholderne avviker fra engelsken (mangler: { $missing }; ikke i engelsken: { $extra })
exchange-no-document = ingen dokumenter samsvarer med { $doc }
export-done = { $units } meldinger fra { $documents } dokumenter skrevet til { $out } ({ $files } filer)
import-translations-refused = { $doc } { $id } ble ikke tatt inn: { $reason }
import-translations-doc = { $doc }: { $added } lagt til, { $updated } oppdatert, { $state } med ny gjennomgangstilstand
import-translations-summary = { $messages } meldinger endret i { $catalogs } kataloger; { $unchanged } uendret, { $refused } avvist, { $untaken } ikke bekreftet eller tomme
leverage-doc = { $doc }: { $count } fylt
leverage-summary = { $locale }: { $filled } av { $missing } manglende meldinger fylt fra eksakte treff (merket { $mark }); { $fuzzy } til har bare uskarpe treff, { $none } ingen treff
words-total = ord
words-new = nye
words-repetition = gjentatt
words-all-documents = (alle dokumenter)
words-counting = Ord: Unicode-ordgrenser uten markering, URL-er eller kode; han, kana, thai, lao, khmer og myanmar telles per tegn.
## check: translation QA in every script (issue 14)

check-blank-translation = oversettelsen er tom eller bare mellomrom
check-untranslated = engelsk tekst er ikke oversatt: «{ $text }»
check-empty-link-text = lenken til { $dest } har ingen tekst: det er ingenting å klikke på
check-url-altered = URL-en { $url } er endret: mellomrom eller oversatte ord i den
check-do-not-translate = «{ $term }» må stå uendret i oversettelsen
check-term-mismatch = ordlisten oversetter «{ $source }» med «{ $target }», som oversettelsen ikke bruker
check-inconsistent-translation = den samme engelske teksten er oversatt på ulike måter: { $variants }
check-inconsistent-source = den samme oversettelsen er brukt for ulike engelske tekster: { $variants }
check-repeated-word = ordet «{ $word }» står to ganger
check-unpaired-bracket = «{ $bracket }» åpner eller lukker ingenting
check-alphanumeric-mismatch = «{ $token }» fra kilden mangler i oversettelsen
check-hint-blank-translation = oversett teksten, eller kopier kilden hvis den skal stå uendret
check-hint-untranslated = oversett den engelske teksten, eller tillat koden for denne meldingen hvis den skal være engelsk
check-hint-empty-link-text = skriv lenketeksten mellom hakeparentesene: [tekst](mål)
check-hint-url-altered = kopier URL-en nøyaktig slik kilden har den, uten mellomrom og med plassholderne uendret
check-hint-do-not-translate = skriv produktnavnet nøyaktig som i kilden, med latinske sifre
check-hint-term-mismatch = bruk ordlistens oversettelse av termen
check-hint-inconsistent-translation = velg én oversettelse og bruk den overalt, eller tillat koden der sammenhengen er en annen
check-hint-inconsistent-source = kontroller at hver engelske tekst er oversatt for seg; bruk ulike oversettelser der betydningen er ulik
check-hint-repeated-word = slett det gjentatte ordet
check-hint-unpaired-bracket = lukk hver parentes og hvert anførselstegn oversettelsen åpner, slik kilden gjør
check-hint-alphanumeric-mismatch = kopier koder, SKU-er, feilnumre og KB-numre nøyaktig som i kilden
check-summary-locale = { $locale }: { $counts }
check-html-title = Oversettelseskontroll
check-html-summary = Funn per kode og språk
check-html-code = kode
check-html-place = sted
check-html-message = melding
check-html-source = kilde
check-html-target = oversettelse
check-glossary-error = { $path }:{ $line }:{ $col }: { $reason ->
    [columns] en rad i ordlisten trenger kilde og oversettelse (source,target,locale,note)
    [empty] kildetermen eller oversettelsen er tom
    [header] den første raden må være overskriften source,target,locale,note
    [csv] CSV-filen kan ikke leses: { $detail }
    [xml] TBX-filen kan ikke leses: { $detail }
   *[other] { $detail }
}
cli-check-opt-glossary = Ordliste (TBX, eller CSV med source,target,locale,note) med termer oversettelsene må bruke (kan gjentas)

## leavers: slette brukere (myk sletting, gjenoppretting i 30 dager), `store deleted`, `store restore`
store-error-not-supported = Lageret { $url } kan ikke { $operation ->
        [delete] slette
        [restore] gjenopprette
       *[other] vise slettede
    } brukere. Sletting, liste over slettede brukere og gjenoppretting virker på SQLite-, minne- og Microsoft Graph-lagre.
store-error-deleted-not-found = Det finnes ingen slettet bruker «{ $user }» å gjenopprette: den ble aldri slettet, er allerede tilbake, eller ble slettet for mer enn 30 dager siden (da er den borte for godt). Se `taskguide store deleted`.
store-error-delete-denied = Microsoft Graph nektet å { $operation ->
        [delete] slette
        [restore] gjenopprette
       *[other] endre
    } { $user }: «{ $message }» Å slette og gjenopprette brukere krever rollen Brukeradministrator (eller Administrator for privilegert godkjenning) og tillatelsen User.ReadWrite.All; en Lisensadministrator kan tilordne lisenser, men ikke slette brukere. Spør noen som har rollen, eller be om å få den, og prøv igjen.
cli-store-deleted = Vis de slettede brukerne som fortsatt kan gjenopprettes (30 dager), med lisensene de hadde.
cli-store-deleted-opt-format = Utdataformat: text (en tabell), eller json med Graphs feltnavn.
cli-store-restore = Gjenopprett en slettet bruker med lisensene og gruppene sine (avslutningskode 1 hvis det ikke finnes noen å gjenopprette).
cli-store-restore-opt-user = Påloggingsnavnet eller ID-en til den slettede brukeren (se `taskguide store deleted`).
cli-store-restore-opt-dry_run = Vis hva gjenopprettingen ville hente tilbake, uten å gjøre det.
store-deleted-none = Ingen slettede brukere: ingen er slettet de siste 30 dagene.
store-deleted-col-user = Bruker
store-deleted-col-deleted = Slettet
store-deleted-col-until = Kan gjenopprettes til
store-deleted-col-licenses = Lisenser den hadde
store-deleted-count = { $count ->
    [one] Én slettet bruker; gjenopprett den med `taskguide store restore <UPN>`.
   *[other] { $count } slettede brukere; gjenopprett én med `taskguide store restore <UPN>`.
}
store-restore-over-seats = Gjenopprettet med alle lisensene den hadde, slik Microsoft 365 gjør, men { $licenses } har nå flere brukere enn lisenser: fjern en lisens fra noen, eller kjøp flere.
wizard-delete-pick = Brukere som skal slettes (opptil { $max } om gangen):
wizard-delete-pick-help = Skriv for å filtrere, mellomrom for å velge eller fjerne, Enter når du er ferdig, Esc for å gå tilbake.
wizard-delete-review = { $count ->
    [one] Denne brukeren blir slettet og mister disse lisensene:
   *[other] Disse { $count } brukerne blir slettet og mister disse lisensene:
}
wizard-delete-loses = • { $name } <{ $upn }>: { $licenses }
wizard-delete-seats = Ledige lisenser etterpå:
wizard-delete-seat-line = { $license }: { $available } av { $total } tilgjengelig
wizard-delete-restorable = En slettet bruker kan gjenopprettes i 30 dager, med lisensene sine: `taskguide store restore <UPN>`, eller angre journaloppføringen.
wizard-delete-dry-run = { $count ->
    [one] Prøvekjøring: denne brukeren ville blitt slettet. Ingenting ble slettet.
   *[other] Prøvekjøring: disse { $count } brukerne ville blitt slettet. Ingenting ble slettet.
}
wizard-delete-type-upn = For å slette, skriv påloggingsnavnet { $upn }:
wizard-delete-type-count = { $count ->
    [one] For å slette, skriv antall brukere: 1
   *[other] For å slette disse brukerne, skriv hvor mange de er ({ $count }):
}
wizard-delete-type-help = Når du skriver det, er du sikker på at de riktige brukerne forsvinner. Esc for å gå tilbake.
wizard-delete-type-empty = Skriv det for å slette, eller trykk Esc for å gå tilbake.
wizard-delete-mismatch-upn = Du skrev «{ $typed }», ikke { $upn }: ingenting ble slettet.
wizard-delete-mismatch-count = Du skrev «{ $typed }», men { $count } brukere er valgt: ingenting ble slettet. Sjekk hvem som er valgt, og skriv antallet.
wizard-delete-col-user = Bruker
wizard-delete-col-freed = Lisenser frigjort
wizard-delete-col-result = Resultat
wizard-delete-ok = ✓ slettet (kan gjenopprettes i 30 dager)
wizard-delete-failed = ✗ ikke slettet: { $reason }
wizard-delete-done = { $ok } av { $total } brukere slettet:
wizard-delete-journal = { $count ->
    [one] Journaloppføring { $ids }; for å gjenopprette brukeren: taskguide store undo { $last }
   *[other] Journaloppføringer { $ids }; for å gjenopprette en bruker, angre oppføringen: taskguide store undo { $last }
}
wizard-delete-partial = { $failed ->
    [one] Én bruker ble ikke slettet (årsaken står i tabellen); de andre ble det, og journalen har nøyaktig deres slettinger.
   *[other] { $failed } brukere ble ikke slettet (årsakene står i tabellen); de andre ble det, og journalen har nøyaktig deres slettinger.
}
store-history-kind = { $kind ->
    [delete] brukeren slettet (kan gjenopprettes i 30 dager)
   *[other] brukeren gjenopprettet
}
wizard-delete-in-error = (også { $license } fra gruppen { $group }: gruppen kunne ikke tilordne den, så ingen lisens blir ledig)
## tasks: product flows searched on large directories, the live seat count
wizard-search-users = Finn brukere å legge til (en del av et navn eller påloggingsnavn; Enter på en tom linje når du er ferdig):
wizard-search-users-help = Katalogen søkes for det du skriver; brukerne du har merket, forblir merket.
wizard-search-users-done = Deretter Enter på en tom søkelinje for å gå videre.
wizard-search-users-none = Ingen bruker samsvarer med det. Prøv en del av navnet eller påloggingsnavnet.
wizard-seats-now = Lisenser: { $line }
## site: the sitemap needs --base-url
site-error-base-url = --base-url { $url } er ikke en absolutt http- eller https-adresse (som https://help.example.com/docs)
site-no-sitemap = merk: ingen sitemap.xml uten --base-url (adressene i et nettstedskart må være absolutte)
## checkqa: CamelCase-/STORE BOKSTAVER-ord, feil i kontrollinnstillingene med sted
check-cased-word-mismatch = «{ $word }» fra kilden mangler i oversettelsen
check-hint-cased-word-mismatch = behold navn på produkter, funksjoner, innstillinger og protokoller (CamelCase, STORE BOKSTAVER) slik kilden skriver dem, med mindre språket har en etablert egen form
check-config-error-at = { $path }:{ $line }:{ $col }: ugyldige kontrollinnstillinger: { $reason }
check-config-unknown-code-at = { $path }:{ $line }:{ $col }: det finnes ingen kontrollkode «{ $code }»; kodene er: { $known }
## store-err: a group license Microsoft Graph reports in error: Graph's error code, then the state in words
store-license-group-problem = { $group } ⚠ { $error } ({ $state ->
        [Error] Feil
        [ActiveWithError] Aktiv med feil
        [Disabled] Deaktivert
       *[other] Aktiv
    })
