### doc: assign-project-to-users
### locale: zh-CN
### ms.openlocfilehash: c33253871ea45682351c9f3d15a9ab0e129666a5

# heading 1 #assign-project-to-users
seg-102 = 向用户分配 Project

# text #assign-project-to-users
seg-103 = 可在 **Microsoft 365 管理中心** 将 Project 分配给用户。

# step 1 #assign-project-to-users
seg-104 = 转到 **“计费”>“[许可证](https://go.microsoft.com/fwlink/p/?linkid=842264)”**。

# step 2 #assign-project-to-users
seg-105 = 选择要为其分配许可证的产品。

# step 3 #assign-project-to-users
seg-106 = 单击“**分配许可证**”。

# step 4 #assign-project-to-users
seg-107 = 在“**向用户分配许可证**”窗格中，开始键入用户名，然后从结果中选择该用户。

# step 4 #assign-project-to-users
seg-108 = 一次最多可添加 20 名用户。

# step 5 #assign-project-to-users
seg-109 = 选择“**打开或关闭应用和服务**”，进行分配或删除。

# step 6 #assign-project-to-users
seg-110 = 单击“**分配**”，然后“**关闭**”。

# text #assign-project-to-users
seg-111 = 若要购买更多许可证或删除许可证，请参阅 [购买或删除](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription)。

# front matter
title = 向用户分配 Project
