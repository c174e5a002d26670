### doc: assign-power-bi-to-users
### locale: sv-SE
### ms.openlocfilehash: 85e6105483a6b493753cdea48262d3e3a2141a50

# heading 1 #assign-power-bi-to-users
seg-102 = Tilldela Power BI till användare

# text #assign-power-bi-to-users
seg-103 = Power BI kan tilldelas till användare i **administrationscenter för Microsoft 365**.

# step 1 #assign-power-bi-to-users
seg-104 = Gå till **Fakturering > [Licenser](https://go.microsoft.com/fwlink/p/?linkid=842264)**.

# step 2 #assign-power-bi-to-users
seg-105 = Välj en produkt som du vill tilldela licenser för.

# step 3 #assign-power-bi-to-users
seg-106 = Klicka på **Tilldela licenser**.

# step 4 #assign-power-bi-to-users
seg-107 = I fönstret **Tilldela licenser till användare** börjar du skriva ett användarnamn och väljer sedan namnet bland resultaten.

# step 4 #assign-power-bi-to-users
seg-108 = Du kan lägga till upp till 20 användare åt gången.

# step 5 #assign-power-bi-to-users
seg-109 = Klicka på **Aktivera eller inaktivera appar och tjänster** för att tilldela eller ta bort.

# step 6 #assign-power-bi-to-users
seg-110 = Klicka på **Tilldela** och **Stäng**.

# text #assign-power-bi-to-users
seg-111 = Information om hur du köper fler eller tar bort licenser finns i [Köp eller ta bort licenser](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription).

# front matter
title = Tilldela Power BI till användare
