### doc: change-app-license-quantity
### locale: zh-CN
### ms.openlocfilehash: 3e892e4754b959851fe82e15ee2f4c1eb355fd32

# heading 1 #change-app-license-quantity
seg-102 = 更改应用程序许可证数量

# text #change-app-license-quantity
seg-103 = 可以查看或更改你拥有的许可证数，并将其分配给管理中心Microsoft 365用户。

# heading 2 #to-change-license-quantity
seg-104 = 更改许可证数量

# text #to-change-license-quantity
seg-105 = **观看演示如何** 执行此操作的视频： [购买新许可证](https://go.microsoft.com/fwlink/p/?linkid=2154857) 或删除 [现有许可证](https://go.microsoft.com/fwlink/p/?linkid=2154938)

# step 1 #to-change-license-quantity
seg-106 = 转到"**计费**  >  **[你的产品"](https://go.microsoft.com/fwlink/p/?linkid=842054)** 页面。

# step 2 #to-change-license-quantity
seg-107 = 在" **产品** "选项卡上的" **应用"** 部分，找到要管理的应用。

# step 2 #to-change-license-quantity
seg-108 = 选择三个点 (操作) ，然后选择购买 **许可证**。

# step 3 #to-change-license-quantity
seg-109 = 如果要减少许可证数量，请在"购买许可证"窗格顶部，选择"**删除许可证"。**

# step 4 #to-change-license-quantity
seg-110 = 若要购买或删除许可证 **，请在"** 许可证总数"框中的"新数量"下，输入要用于此订阅的许可证总数。

# step 4 #to-change-license-quantity
seg-111 = 例如，如果你有 100 个许可证，并且想要再添加 5 个，请输入 105。

# step 4 #to-change-license-quantity
seg-112 = 如果要删除其中五个，请输入 95。

# step 5 #to-change-license-quantity
seg-113 = 选择“**保存**”。

# heading 2 #to-assign-app-licenses
seg-114 = 分配应用许可证

# step 1 #to-assign-app-licenses
seg-115 = 转到"**计费**  >  **[你的产品"](https://go.microsoft.com/fwlink/p/?linkid=842054)** 页面。

# step 2 #to-assign-app-licenses
seg-116 = 在" **产品** "选项卡上的" **应用"** 部分，找到要管理的应用。

# step 3 #to-assign-app-licenses
seg-117 = 在 **设置 &操作**"下，选择在 **发布者门户中管理的链接**。

# front matter
title = 更改应用程序许可证数量
