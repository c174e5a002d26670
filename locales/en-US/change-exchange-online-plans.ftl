### doc: change-exchange-online-plans
### locale: en-US
### ms.openlocfilehash: 94a6b02439f1e4884ed1a30d6969ec87b6001564

# heading 1 #change-exchange-online-plans
seg-102 = Change Exchange Online plans

# text #change-exchange-online-plans
seg-103 = Admins must change plans manually in the Microsoft 365 admin center.

# text #change-exchange-online-plans
seg-104 = For complete steps, see [Change plans manually](https://docs.microsoft.com/microsoft-365/commerce/subscriptions/change-plans-manually).

# step 1 #change-exchange-online-plans
seg-105 = **Purchase the new subscription plan.**

# step 1 #change-exchange-online-plans
seg-106 = Go to the **Billing** > [Purchase Services](https://go.microsoft.com/fwlink/p/?linkid=868433) page and buy the new subscription.

# step 2 #change-exchange-online-plans
seg-107 = **Check your new subscription and licenses.**

# step 2 #change-exchange-online-plans
seg-108 = Go to the **Billing** > [Your products](https://go.microsoft.com/fwlink/p/?linkid=842054) page and verify that the new subscription is listed and has the correct number of licenses.

# step 3 #change-exchange-online-plans
seg-109 = **Reassign licenses to the users.**

# step 3 #change-exchange-online-plans
seg-110 = Go to the **Users** > [Active users](https://go.microsoft.com/fwlink/p/?linkid=834822) page, and assign licenses.

# step 4 #change-exchange-online-plans
seg-111 = [Cancel your subscription](https://docs.microsoft.com/microsoft-365/commerce/subscriptions/cancel-your-subscription) or [remove licenses](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses) that you no longer need.

# front matter
title = Change Exchange Online plans
