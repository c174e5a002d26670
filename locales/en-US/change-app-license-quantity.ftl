### doc: change-app-license-quantity
### locale: en-US
### ms.openlocfilehash: 3e892e4754b959851fe82e15ee2f4c1eb355fd32

# heading 1 #change-app-license-quantity
seg-102 = Change app license quantity

# text #change-app-license-quantity
seg-103 = You can view or change the number of licenses you have and assign them to users in the Microsoft 365 admin center.

# heading 2 #to-change-license-quantity
seg-104 = To change license quantity

# text #to-change-license-quantity
seg-105 = **WATCH a video** that shows how to do this: [Buy new licenses](https://go.microsoft.com/fwlink/p/?linkid=2154857) or [Remove existing licenses](https://go.microsoft.com/fwlink/p/?linkid=2154938)

# step 1 #to-change-license-quantity
seg-106 = Go to the **Billing** > **[Your products](https://go.microsoft.com/fwlink/p/?linkid=842054)** page.

# step 2 #to-change-license-quantity
seg-107 = On the **Products** tab, in the **Apps** section, find the app that you want to manage.

# step 2 #to-change-license-quantity
seg-108 = Select the three dots (more actions), then select **Buy licenses**.

# step 3 #to-change-license-quantity
seg-109 = If you want to reduce the number of licenses, at the top of the **Buy licenses** pane, select **remove licenses**.

# step 4 #to-change-license-quantity
seg-110 = To buy or remove licenses, under **New quantity** in the **Total licenses** box, enter the total number of licenses that you want for this subscription.

# step 4 #to-change-license-quantity
seg-111 = For example, if you have 100 licenses and you want to add five more, enter 105.

# step 4 #to-change-license-quantity
seg-112 = If you want to remove five of them, enter 95.

# step 5 #to-change-license-quantity
seg-113 = Select **Save**.

# heading 2 #to-assign-app-licenses
seg-114 = To assign app licenses

# step 1 #to-assign-app-licenses
seg-115 = Go to the **Billing** > **[Your products](https://go.microsoft.com/fwlink/p/?linkid=842054)** page.

# step 2 #to-assign-app-licenses
seg-116 = On the **Products** tab, in the **Apps** section, find the app that you want to manage.

# step 3 #to-assign-app-licenses
seg-117 = Under **Settings & actions**, select the link to **Manage in publisher’s portal**.

# front matter
title = Change app license quantity
