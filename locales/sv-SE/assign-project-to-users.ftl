### doc: assign-project-to-users
### locale: sv-SE
### ms.openlocfilehash: c33253871ea45682351c9f3d15a9ab0e129666a5

# heading 1 #assign-project-to-users
seg-102 = Tilldela Project till användare

# text #assign-project-to-users
seg-103 = Project kan tilldelas till användare i **administrationscentret för Microsoft 365**.

# step 1 #assign-project-to-users
seg-104 = Gå till **Fakturering > [Licenser](https://go.microsoft.com/fwlink/p/?linkid=842264)**.

# step 2 #assign-project-to-users
seg-105 = Välj en produkt som du vill tilldela licenser för.

# step 3 #assign-project-to-users
seg-106 = Klicka på **Tilldela licenser**.

# step 4 #assign-project-to-users
seg-107 = I fönstret **Tilldela licenser till användare** börjar du skriva ett användarnamn och väljer sedan namnet bland resultaten.

# step 4 #assign-project-to-users
seg-108 = Du kan lägga till upp till 20 användare åt gången.

# step 5 #assign-project-to-users
seg-109 = Klicka på **Aktivera eller inaktivera appar och tjänster** för att tilldela eller ta bort.

# step 6 #assign-project-to-users
seg-110 = Klicka på **Tilldela** och **Stäng**.

# text #assign-project-to-users
seg-111 = Information om hur du köper fler eller tar bort licenser finns i [Köp eller ta bort licenser](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription).

# front matter
title = Tilldela Project till användare
