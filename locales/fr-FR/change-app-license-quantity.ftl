### doc: change-app-license-quantity
### locale: fr-FR
### ms.openlocfilehash: 3e892e4754b959851fe82e15ee2f4c1eb355fd32

# heading 1 #change-app-license-quantity
seg-102 = Modifier le nombre de licences d’application

# text #change-app-license-quantity
seg-103 = Vous pouvez afficher ou modifier le nombre de licences dont vous avez besoin et les attribuer aux utilisateurs dans Microsoft 365'administration centrale.

# heading 2 #to-change-license-quantity
seg-104 = Pour modifier le nombre de licences

# text #to-change-license-quantity
seg-105 = **REGARDez une vidéo** qui montre comment faire : acheter de nouvelles [licences](https://go.microsoft.com/fwlink/p/?linkid=2154857) ou [supprimer des licences existantes](https://go.microsoft.com/fwlink/p/?linkid=2154938)

# step 1 #to-change-license-quantity
seg-106 = Go to the **Billing**  >  **[Your products](https://go.microsoft.com/fwlink/p/?linkid=842054)** page.

# step 2 #to-change-license-quantity
seg-107 = Sous **l’onglet** Produits, dans la section **Applications,** recherchez l’application que vous souhaitez gérer.

# step 2 #to-change-license-quantity
seg-108 = Sélectionnez les trois points (plus d’actions), puis **sélectionnez Acheter des licences.**

# step 3 #to-change-license-quantity
seg-109 = Si vous souhaitez réduire le nombre de licences, en haut du volet Acheter des **licences,** sélectionnez **Supprimer des licences.**

# step 4 #to-change-license-quantity
seg-110 = Pour acheter ou supprimer  des licences, sous Nouvelle quantité dans la zone Nombre total de **licences,** entrez le nombre total de licences que vous souhaitez pour cet abonnement.

# step 4 #to-change-license-quantity
seg-111 = Par exemple, si vous avez 100 licences et que vous souhaitez en ajouter cinq, entrez 105.

# step 4 #to-change-license-quantity
seg-112 = Si vous souhaitez en supprimer cinq, entrez 95.

# step 5 #to-change-license-quantity
seg-113 = Sélectionnez **Enregistrer**.

# heading 2 #to-assign-app-licenses
seg-114 = Pour attribuer des licences d’application

# step 1 #to-assign-app-licenses
seg-115 = Go to the **Billing**  >  **[Your products](https://go.microsoft.com/fwlink/p/?linkid=842054)** page.

# step 2 #to-assign-app-licenses
seg-116 = Sous **l’onglet** Produits, dans la section **Applications,** recherchez l’application que vous souhaitez gérer.

# step 3 #to-assign-app-licenses
seg-117 = Sous **Paramètres & actions,** sélectionnez le lien **gérer dans le portail de l’éditeur.**

# front matter
title = Modifier le nombre de licences d’application
