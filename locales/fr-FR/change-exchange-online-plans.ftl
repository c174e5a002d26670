### doc: change-exchange-online-plans
### locale: fr-FR
### ms.openlocfilehash: 94a6b02439f1e4884ed1a30d6969ec87b6001564

# heading 1 #change-exchange-online-plans
seg-102 = Modifier les offres Exchange Online

# text #change-exchange-online-plans
seg-103 = Les administrateurs doivent changer d’offre manuellement dans le Centre d’administration Microsoft 365.

# text #change-exchange-online-plans
seg-104 = Pour connaître la procédure à suivre, consultez [Modifier les plans manuellement](https://docs.microsoft.com/microsoft-365/commerce/subscriptions/change-plans-manually).

# step 1 #change-exchange-online-plans
seg-105 = **Acheter la nouvelle offre d’abonnement.**

# step 1 #change-exchange-online-plans
seg-106 = Accédez à la page de **Facturation** > [Acheter des services](https://go.microsoft.com/fwlink/p/?linkid=868433), puis achetez le nouvel abonnement.

# step 2 #change-exchange-online-plans
seg-107 = **Vérifier votre nouvel abonnement et vos nouvelles licences.**

# step 2 #change-exchange-online-plans
seg-108 = Accédez à la page **Facturation** > [Vos produits](https://go.microsoft.com/fwlink/p/?linkid=842054) et vérifiez que le nouvel abonnement est répertorié et contient le nombre de licences approprié.

# step 3 #change-exchange-online-plans
seg-109 = **Attribuer de nouveau des licences aux utilisateurs.**

# step 3 #change-exchange-online-plans
seg-110 = Accédez à la page **Utilisateurs** > [utilisateurs actifs](https://go.microsoft.com/fwlink/p/?linkid=834822) et attribuez des licences.

# step 4 #change-exchange-online-plans
seg-111 = [Annulez votre abonnement](https://docs.microsoft.com/microsoft-365/commerce/subscriptions/cancel-your-subscription) ou [supprimez les licences](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses) dont vous n’avez plus besoin.

# front matter
title = Modifier les offres Exchange Online
