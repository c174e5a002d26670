### doc: change-exchange-online-plans
### locale: zh-CN
### ms.openlocfilehash: 94a6b02439f1e4884ed1a30d6969ec87b6001564

# heading 1 #change-exchange-online-plans
seg-102 = 更改 Exchange Online 计划

# text #change-exchange-online-plans
seg-103 = 管理员必须在 Microsoft 365 管理中心中手动更改计划。

# text #change-exchange-online-plans
seg-104 = 有关完整步骤，请参阅[手动更改计划](https://docs.microsoft.com/microsoft-365/commerce/subscriptions/change-plans-manually)。

# step 1 #change-exchange-online-plans
seg-105 = **购买新的订阅计划。**

# step 1 #change-exchange-online-plans
seg-106 = 转到“**计费**” > “[购买服务](https://go.microsoft.com/fwlink/p/?linkid=868433)”页面，购买新的订阅。

# step 2 #change-exchange-online-plans
seg-107 = **检查你的新订阅和许可证。**

# step 2 #change-exchange-online-plans
seg-108 = 转到“**计费**” > “[你的产品](https://go.microsoft.com/fwlink/p/?linkid=842054)”页面，并验证是否列出了新订阅并具有正确数量的许可证。

# step 3 #change-exchange-online-plans
seg-109 = **将许可证重新分配给用户。**

# step 3 #change-exchange-online-plans
seg-110 = 转到“**用户**” > “[活动用户](https://go.microsoft.com/fwlink/p/?linkid=834822)”页面，并分配许可证。

# step 4 #change-exchange-online-plans
seg-111 = [取消订阅](https://docs.microsoft.com/microsoft-365/commerce/subscriptions/cancel-your-subscription)或[删除不再需要的许可证](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses)。

# front matter
title = 更改 Exchange Online 计划
