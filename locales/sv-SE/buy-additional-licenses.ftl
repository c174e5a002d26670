### doc: buy-additional-licenses
### locale: sv-SE
### ms.openlocfilehash: 2df9278e13ca497c7ab71bb458c672031313759f

# heading 1 #buy-additional-licenses
seg-102 = Köpa fler licenser

# text #buy-additional-licenses
seg-103 = **Titta på en video** som visar hur du gör detta: [Köpa licenser](https://go.microsoft.com/fwlink/p/?linkid=2154857)

# step 1 #buy-additional-licenses
seg-104 = I administrationscentret går du till sidan **Fakturering** > [Dina produkter](https://go.microsoft.com/fwlink/p/?linkid=842054).

# step 2 #buy-additional-licenses
seg-105 = På fliken **Produkter** hittar du den prenumeration som du vill köpa licenser för.

# step 2 #buy-additional-licenses
seg-106 = Välj de tre punkterna (fler åtgärder) och välj sedan **Köp licenser.**

# step 3 #buy-additional-licenses
seg-107 = Under **Nytt antal** i rutan Totalt **antal** licenser anger du det totala antalet licenser som du vill använda för prenumerationen.

# step 3 #buy-additional-licenses
seg-108 = Om du till exempel har 100 licenser och vill lägga till ytterligare 25 skriver du 125.

# step 4 #buy-additional-licenses
seg-109 = Välj **Spara**.

# text #buy-additional-licenses
seg-110 = Mer information finns i Köpa [eller ta bort licenser.](/microsoft-365/commerce/licenses/buy-licenses)

# text #buy-additional-licenses
seg-111 = **Ytterligare resurser**

# text #buy-additional-licenses
seg-112 = Tilldela användare licenser i Microsoft 365 för företag

# front matter
title = Köpa fler licenser
