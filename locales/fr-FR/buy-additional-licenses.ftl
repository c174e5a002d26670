### doc: buy-additional-licenses
### locale: fr-FR
### ms.openlocfilehash: 2df9278e13ca497c7ab71bb458c672031313759f

# heading 1 #buy-additional-licenses
seg-102 = Acheter des licences supplémentaires

# text #buy-additional-licenses
seg-103 = **REGARDez une vidéo** qui montre comment faire : [acheter des licences](https://go.microsoft.com/fwlink/p/?linkid=2154857)

# step 1 #buy-additional-licenses
seg-104 = Dans le centre d’administration, accédez à la page **Facturation** > [Vos produits](https://go.microsoft.com/fwlink/p/?linkid=842054).

# step 2 #buy-additional-licenses
seg-105 = Sous **l’onglet** Produits, recherchez l’abonnement pour lequel vous souhaitez acheter des licences.

# step 2 #buy-additional-licenses
seg-106 = Sélectionnez les trois points (plus d’actions), puis **sélectionnez Acheter des licences.**

# step 3 #buy-additional-licenses
seg-107 = Sous **Nouvelle quantité dans la** zone Nombre total de **licences,** entrez le nombre total de licences que vous souhaitez pour cet abonnement.

# step 3 #buy-additional-licenses
seg-108 = Par exemple, si vous avez 100 licences et que vous souhaitez en ajouter 25, entrez 125.

# step 4 #buy-additional-licenses
seg-109 = Sélectionnez **Enregistrer**.

# text #buy-additional-licenses
seg-110 = Pour en savoir plus, voir [Acheter ou supprimer des licences.](/microsoft-365/commerce/licenses/buy-licenses)

# text #buy-additional-licenses
seg-111 = **Ressources supplémentaires**

# text #buy-additional-licenses
seg-112 = Attribuer des licences à des utilisateurs Microsoft 365 entreprise

# front matter
title = Acheter des licences supplémentaires
