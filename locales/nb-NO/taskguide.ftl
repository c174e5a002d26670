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
error-write-stdout = kan ikke skrive til standard utdata: { $reason }

## Kommandolinje

cli = Gjør lokaliserte tospråklige hjelpeartikler om til Fluent-kataloger, lokaliserte dokumenter og veiledede oppgaver.
cli-exit-codes = Avslutningskoder: 0 vellykket; 1 arbeidet mislyktes (filer som ikke kan leses eller skrives, feil funnet, en endring avvist); 2 kommandolinjen er feil (ukjent valg eller verdi, manglende inndata, ugyldig språkkode).

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
store-error-bad-url = «{ $url }» er ikke en lageradresse. Bruk sqlite:STI, memory: eller memory:demo.
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
cli-store-opt-store = Lageret: sqlite:STI, memory: eller memory:demo (standard: sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
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
cli-assign-opt-store = Lageret: sqlite:STI, memory: eller memory:demo (standard: sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-assign-opt-actor = Navnet som føres i loggen (standard: brukeren i operativsystemet).
cli-assign-opt-user = Brukerens påloggingsnavn eller ID.
cli-assign-opt-users_from = En CSV-fil med en userPrincipalName-kolonne (andre kolonner ignoreres); én resultatlinje per bruker. Trygt å kjøre på nytt.
cli-assign-opt-add = SKU[:PLAN,…]: legg til lisensen (med delenummer eller ID) med de oppgitte tjenesteplanene slått av; for en lisens brukeren har, erstatt planene som er slått av. Kan gjentas.
cli-assign-opt-remove = Fjern denne lisensen (delenummer eller ID). Kan gjentas.
cli-assign-opt-dry_run = Kontroller endringen og vis den, med ledige lisenser, uten å gjøre den.
store-detail-directory = en mappe, ikke en fil
