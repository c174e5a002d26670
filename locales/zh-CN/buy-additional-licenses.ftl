### doc: buy-additional-licenses
### locale: zh-CN
### ms.openlocfilehash: 2df9278e13ca497c7ab71bb458c672031313759f

# heading 1 #buy-additional-licenses
seg-102 = 购买其他许可证

# text #buy-additional-licenses
seg-103 = **观看演示如何** 执行此操作的视频： [购买许可证](https://go.microsoft.com/fwlink/p/?linkid=2154857)

# step 1 #buy-additional-licenses
seg-104 = 在管理中心中，转到“**账单**” > “[你的产品](https://go.microsoft.com/fwlink/p/?linkid=842054)”页面。

# step 2 #buy-additional-licenses
seg-105 = 在 **"产品** "选项卡上，找到要购买许可证的订阅。

# step 2 #buy-additional-licenses
seg-106 = 选择三个点 (操作) ，然后选择购买 **许可证**。

# step 3 #buy-additional-licenses
seg-107 = 在 **"许可证\*\*\*\*总数"** 框中的"新数量"下，输入要用于此订阅的许可证总数。

# step 3 #buy-additional-licenses
seg-108 = 例如，如果你有 100 个许可证，并且你想要再添加 25 个，请输入 125。

# step 4 #buy-additional-licenses
seg-109 = 选择“**保存**”。

# text #buy-additional-licenses
seg-110 = 若要了解更多信息，请参阅 [购买或删除许可证](/microsoft-365/commerce/licenses/buy-licenses)。

# text #buy-additional-licenses
seg-111 = **其他资源**

# text #buy-additional-licenses
seg-112 = 将许可证分配给企业Microsoft 365中的用户

# front matter
title = 购买其他许可证
