### doc: buy-additional-licenses
### locale: en-US
### ms.openlocfilehash: 2df9278e13ca497c7ab71bb458c672031313759f

# heading 1 #buy-additional-licenses
seg-102 = Buy additional licenses

# text #buy-additional-licenses
seg-103 = **WATCH a video** that shows how to do this: [Buy licenses](https://go.microsoft.com/fwlink/p/?linkid=2154857)

# step 1 #buy-additional-licenses
seg-104 = In the admin center, go to the **Billing** > [Your products](https://go.microsoft.com/fwlink/p/?linkid=842054) page.

# step 2 #buy-additional-licenses
seg-105 = On the **Products** tab, find the subscription for which you want to buy licenses.

# step 2 #buy-additional-licenses
seg-106 = Select the three dots (more actions), then select **Buy licenses**.

# step 3 #buy-additional-licenses
seg-107 = Under **New quantity** in the **Total licenses** box, enter the total number of licenses that you want for this subscription.

# step 3 #buy-additional-licenses
seg-108 = For example, if you have 100 licenses and you want to add 25 more, enter 125.

# step 4 #buy-additional-licenses
seg-109 = Select **Save**.

# text #buy-additional-licenses
seg-110 = To learn more, see [Buy or remove licenses](/microsoft-365/commerce/licenses/buy-licenses).

# text #buy-additional-licenses
seg-111 = **Additional resources**

# text #buy-additional-licenses
seg-112 = Assign licenses to users in Microsoft 365 for business

# front matter
title = Buy additional licenses
