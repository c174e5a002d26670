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
store-error-bad-url = «{ $url }» er ikke en lageradresse. Bruk sqlite:STI eller memory:.
store-error-not-a-store = { $path } er ikke et lisenslager for taskguide, eller det er skadet ({ $detail }). Pek --store mot en annen fil, eller flytt denne bort og kjør `taskguide store init`.
store-error-newer-schema = { $path } ble skrevet av en nyere taskguide (lagerversjon { $version }). Oppdater taskguide for å bruke det.
store-error-read-only = { $path } er skrivebeskyttet, så ingenting ble endret. Gjør filen skrivbar (chmod u+w) eller velg et annet lager med --store.
store-error-busy = { $path } var låst av et annet program for lenge, så ingenting ble endret. Prøv igjen når det er ferdig.
store-error-storage = Lisenslageret feilet, så ingenting ble endret: { $detail }
store-error-entry-not-found = Det finnes ingen loggoppføring { $id }. Se oppføringene med `taskguide store history`.
store-error-undo-conflict = Oppføring { $id } kan ikke angres: { $user } er endret siden. Oppføringen etterlot { $expected }; nå er det { $actual }. Angre de senere oppføringene først (se `taskguide store history --user { $user }`).
