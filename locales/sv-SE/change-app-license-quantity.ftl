### doc: change-app-license-quantity
### locale: sv-SE
### ms.openlocfilehash: 3e892e4754b959851fe82e15ee2f4c1eb355fd32

# heading 1 #change-app-license-quantity
seg-102 = Ändra antal programlicenser

# text #change-app-license-quantity
seg-103 = Du kan visa eller ändra antalet licenser du har och tilldela dem till användare i Microsoft 365 administrationscentret.

# heading 2 #to-change-license-quantity
seg-104 = Ändra antal licenser

# text #to-change-license-quantity
seg-105 = **Titta på en video** som visar hur du gör detta: [Köpa nya licenser eller](https://go.microsoft.com/fwlink/p/?linkid=2154857) Ta bort [befintliga licenser](https://go.microsoft.com/fwlink/p/?linkid=2154938)

# step 1 #to-change-license-quantity
seg-106 = Gå till sidan **Fakturering**  >  **[dina](https://go.microsoft.com/fwlink/p/?linkid=842054)** produkter.

# step 2 #to-change-license-quantity
seg-107 = Leta **rätt** på den app **du vill** hantera i avsnittet Appar på fliken Produkter.

# step 2 #to-change-license-quantity
seg-108 = Välj de tre punkterna (fler åtgärder) och välj sedan **Köp licenser.**

# step 3 #to-change-license-quantity
seg-109 = Om du vill minska antalet licenser väljer du ta bort licenser längst upp **i** fönstret Köp **licenser.**

# step 4 #to-change-license-quantity
seg-110 = Om du vill köpa eller ta  bort **licenser anger** du det totala antalet licenser som du vill använda för prenumerationen under Nytt antal i rutan Totalt antal licenser.

# step 4 #to-change-license-quantity
seg-111 = Om du till exempel har 100 licenser och vill lägga till ytterligare 5 skriver du 105.

# step 4 #to-change-license-quantity
seg-112 = Om du vill ta bort fem av dem skriver du 95.

# step 5 #to-change-license-quantity
seg-113 = Välj **Spara**.

# heading 2 #to-assign-app-licenses
seg-114 = Så här tilldelar du applicenser

# step 1 #to-assign-app-licenses
seg-115 = Gå till sidan **Fakturering**  >  **[dina](https://go.microsoft.com/fwlink/p/?linkid=842054)** produkter.

# step 2 #to-assign-app-licenses
seg-116 = Leta **rätt** på den app **du vill** hantera i avsnittet Appar på fliken Produkter.

# step 3 #to-assign-app-licenses
seg-117 = Under **Inställningar & åtgärder** väljer du länken Hantera i **Publisher-portalen**.

# front matter
title = Ändra antal programlicenser
