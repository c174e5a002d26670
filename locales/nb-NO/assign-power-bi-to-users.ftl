### doc: assign-power-bi-to-users
### locale: nb-NO
### ms.openlocfilehash: 85e6105483a6b493753cdea48262d3e3a2141a50

# heading 1 #assign-power-bi-to-users
seg-102 = Tilordne Power BI til brukere

# text #assign-power-bi-to-users
seg-103 = Power BI kan tilordnes til brukere i **administrasjonssenteret for Microsoft 365**.

# step 1 #assign-power-bi-to-users
seg-104 = Gå til **Fakturering > [Lisenser](https://go.microsoft.com/fwlink/p/?linkid=842264)**.

# step 2 #assign-power-bi-to-users
seg-105 = Velg et produkt som du vil tilordne lisenser for.

# step 3 #assign-power-bi-to-users
seg-106 = Klikk på **Tilordne lisenser**.

# step 4 #assign-power-bi-to-users
seg-107 = Skriv inn navnet på en bruker i ruten **Tilordne lisenser til brukere**, og velg deretter brukerens navn i resultatene.

# step 4 #assign-power-bi-to-users
seg-108 = Du kan legge til opptil 20 brukere om gangen.

# step 5 #assign-power-bi-to-users
seg-109 = Klikk på **Slå apper og tjenester av eller på** for å tilordne eller fjerne.

# step 6 #assign-power-bi-to-users
seg-110 = Klikk på **Tilordne**, og deretter **Lukk**.

# text #assign-power-bi-to-users
seg-111 = Se [Kjøp eller fjern lisenser](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription) for å kjøpe flere lisenser eller fjerne dem.

# front matter
title = Tilordne Power BI til brukere
