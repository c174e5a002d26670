# taskguide's own messages, zh-CN (Simplified Chinese). Every message of en-US/taskguide.ftl must exist here.
# review: not reviewed by a native speaker (translated by a developer, machine-assisted)
# Style: Microsoft zh-CN style guide: full-width punctuation (，。：？！（）; half-width parentheses
# around text that is all Latin, such as a product's part number), no space between Han
# characters, one space between Han and Latin letters, digits or placeables; terminology of the
# Microsoft 365 admin center (许可证, 用户, 使用位置, 订阅, 服务计划, 组, 管理中心).

## Labels

label-error = 错误
label-warning = 警告

## Counts

count-files = { $count } 个文件

## Errors

error-bad-locale = “{ $tag }”不是有效的 BCP 47 区域设置标记（请尝试 en-US、nb-NO 或 sv-SE）
error-unknown-locale = “{ $tag }”格式正确，但不代表任何已知语言（请尝试 en-US、nb-NO 或 sv-SE）
error-write-stdout = 无法写入标准输出：{ $reason }

## Command line

cli = 将本地化的双语帮助文章转换为 Fluent 目录、本地化文档和引导式任务。
cli-exit-codes = 退出代码：0 表示成功；1 表示操作失败（文件无法读取或写入、发现错误、更改被拒绝）；2 表示命令行有误（未知选项或值、缺少输入、区域设置格式错误）。
cli-help-heading-usage = 用法
cli-help-heading-options = 选项
cli-help-heading-arguments = 参数
cli-help-heading-commands = 命令
cli-help-flag = 显示帮助
cli-version-flag = 显示版本
cli-help = 显示此消息或指定命令的帮助
cli-help-opt-subcommand = 要显示其帮助的命令
cli-default = 默认值：{ $value }
cli-possible-values = 可能的值：{ $values }
cli-locales = 列出目录文件夹中的区域设置文件夹，并报告不会被读取的文件夹：名称不是规范 BCP 47 标记（de-de、nb_NO）或不是区域设置（norsk）的文件夹。只要仍有此类文件夹，退出代码就为 1。
cli-locales-opt-locales_dir = 目录文件夹。
cli-locales-opt-fix = 将每个非规范文件夹重命名为其规范标记（nb_NO → nb-NO）。如果规范名称的文件夹已存在，则保留原文件夹并同时报告两个名称。
cli-completions = 将 Shell（bash、zsh、fish、powershell、elvish）的补全脚本输出到标准输出。
cli-completions-opt-shell = 要使用的 Shell。
cli-man = 将手册页（roff）输出到标准输出，或使用 --out 将每个命令的手册页写入一个文件夹。
cli-man-opt-out = 要写入 taskguide.1、taskguide-render.1 等文件的文件夹。

## Document diagnostics

diag-unpaired-span = 翻译片段“{ $id }”在下一对之前没有英文源部分（sxs-lookup）；按文本保留
diag-orphan-source = 英文源部分（sxs-lookup）之前没有翻译片段；按文本保留
diag-mismatched-ids = 翻译部分的 ID 为“{ $target }”，但英文部分的 ID 为“{ $source }”
diag-stray-close-tag = 此处的 </span> 没有关闭此部分中打开的任何内容；按文本读取
diag-unterminated-pair = “{ $id }”的英文部分始终没有到达其结束标记 </span></span>；按文本保留
diag-pair-crosses-lines = 对“{ $id }”跨越了多行
diag-empty-target = 对“{ $id }”的翻译为空
diag-duplicate-id = 对 ID“{ $id }”已在此文档中使用
diag-broken-front-matter = 此前置元数据行既不是“key: value”也不是“- item”；按原样保留
diag-unclosed-front-matter = 此处打开的前置元数据始终没有用“---”关闭；按文本读取
diag-not-utf8 = 该文件不是有效的 UTF-8（第一个无效字节在此处）
error-read = 无法读取 { $path }：{ $reason }
## Catalogs

ftl-error-expected-token = 应为“{ $token }”
ftl-error-expected-range = 应为“{ $range }”中的一个
ftl-error-message-without-value = 消息“{ $id }”没有值
ftl-error-term-without-value = 术语“-{ $id }”没有值
ftl-error-forbidden-callee = 只能调用以大写字母命名的函数
ftl-error-missing-default-variant = 选择表达式没有默认变体（用 * 标记）
ftl-error-missing-value = 应为一个值
ftl-error-multiple-default-variants = 选择表达式有多个默认变体
ftl-error-bad-selector = 此表达式无法在变体之间进行选择
ftl-error-term-attribute-as-placeable = 术语属性不能用作占位符
ftl-error-unterminated-string = 字符串文本在行尾之前未关闭
ftl-error-positional-after-named = 位置参数必须位于命名参数之前
ftl-error-duplicated-argument = 命名参数“{ $name }”提供了两次
ftl-error-unknown-escape = 未知的转义序列“{ $sequence }”（字符串文本允许 \\、\"、\uXXXX 和 \UXXXXXX）
ftl-error-invalid-unicode-escape = 无效的 Unicode 转义“{ $sequence }”（\u 后接 4 位十六进制数字，\U 后接 6 位）
ftl-error-unbalanced-brace = 没有对应左大括号的右大括号（字面大括号请写作 {"{"}"{"}"}"{"}"}）
ftl-error-expected-expression = 应为表达式：字符串、数字、变量或引用
ftl-error-expected-literal = 应为字符串或数字
ftl-error-duplicate-id = 消息“{ $id }”被再次定义；使用第一个定义
ftl-error-no-value = 消息“{ $id }”有属性但没有值
catalog-folder-not-canonical = 未读取 { $folder }：目录文件夹应以规范标记“{ $canonical }”命名（请重命名，或运行 taskguide locales --fix）
catalog-folder-not-a-locale = 未读取 { $folder }：其名称不是区域设置标记
catalog-folder-fix-exists = 未重命名 { $from }：{ $to } 已存在（请手动将其目录移到 { $to }）
catalog-folder-fix-failed = 无法将 { $from } 重命名为 { $to }：{ $reason }
catalog-folder-renamed = 已将 { $from } 重命名为 { $to }
locales-none = { $dir } 中没有区域设置文件夹

## Render and steps

error-no-such-path = { $path } 不存在
error-dir-needs-out = { $path } 是一个文件夹：请使用 --out DIR 指定呈现文档的写入位置
error-write = 无法写入 { $path }：{ $reason }
render-fallback = { $path }：消息 { $id } 在 { $wanted } 中不可用；已使用 { $used }
render-stale = { $path }：{ $catalog } 中的消息 { $id } 译自其他英文；已使用文档的文本
    译自：{ $old }
    当前英文：{ $new }
render-broken = { $path }：{ $catalog } 中的消息 { $id } 破坏了其片段（{ $reason }）；已使用文档的文本
render-broken-variable = 一个没有任何内容为其提供值的变量 { "{" } ${ $name } { "}" }
render-broken-message = 对消息 { $id } 的引用
render-broken-term = 对术语 { $id } 的引用
render-broken-line-break = 一个提前结束{ $block ->
    [heading] 标题
    [table-cell] 表格单元格
    [list-item] 列表项
   *[paragraph] 段落
}的换行符
render-broken-cell-split = 一个拆分表格单元格的 |
render-broken-marker = 一个开始新块的 { $marker } 标记
render-broken-duplicate = 其 ID 在目录中定义了多次
render-refused = { $catalog } 是 { $found } ({ $found_locale }) 的目录，而不是 { $doc } ({ $locale }) 的目录；未使用（是否复制覆盖了其他文档的目录？）
render-state-unreadable = { $reason }；已使用其目录，但没有其翻译所依据的英文
render-summary = { $files } 个文档，{ $fallbacks ->
    [0] 没有回退
   *[other] { $fallbacks } 个回退
}
steps-labels = 标签：{ $labels }
steps-link = 链接：{ $text } <{ $url }>
cli-render = 以任意区域设置呈现文档：单语 Markdown、双语格式或 HTML。
cli-render-opt-path = 一个文档或一个文件夹：文件夹下的每个 *.md 都会呈现到 --out 下的相同相对路径。
cli-render-opt-locale = 要呈现的区域设置（任意 BCP 47 标记：no 和 nb 表示 nb-NO，nn-NO 回退到 nb-NO，iw 表示 he；繁体中文从不回退到简体中文）。默认值：每个文档自身的区域设置。
cli-render-opt-format = markdown（单语）、bilingual（原始的并排格式）或 html。
cli-render-opt-out = 输出文件夹（文件夹输入时必需）。如果不指定，单个文档将写入标准输出。
cli-render-opt-locales_dir = 目录文件夹：locales/<locale>/<doc-id>.ftl。其中的消息优先于文档中的文本。
cli-render-opt-strict = 如果任何消息回退到其他区域设置、已过时（译自其他英文）或破坏了其片段，则以代码 1 退出。
cli-render-opt-root = 文档 ID 所依据的文件夹（ID 是其下的路径，不含 .md）。默认值：给定的文件夹或文档自身所在的文件夹；请使用导入时所用的文件夹。
cli-steps = 以某个区域设置显示文档的步骤：编号、文本、UI 标签和链接。
cli-steps-opt-doc = 文档。
cli-steps-opt-locale = 区域设置（任意 BCP 47 标记）。默认值：文档自身的区域设置。
cli-steps-opt-format = text 供人阅读，json 供程序使用。
cli-steps-opt-locales_dir = 目录文件夹：locales/<locale>/<doc-id>.ftl。

## Import

import-catalog = { $path }：已添加 { $added } 条，已更新 { $updated } 条，已过时 { $stale } 条，已废弃 { $obsolete } 条
import-obsolete = 已废弃（已保留；--prune 会将其删除）：{ $id }
import-pruned = 已废弃，已删除：{ $id }
import-stale = 已过时（英文源已更改）：{ $id }
import-edited = 已在目录中编辑，已保留：{ $id }
import-adopted = 没有此文本来源的记录；保留目录中的文本（记录为已编辑）：{ $id }
import-needed = 此处已废弃，但因其他区域设置的目录中有它而保留：{ $id }
import-summary = 已导入 { $catalogs } 个目录
import-error-syntax = { $path } 存在语法错误（{ $first }）；请先修复再重新导入，以免丢失其中的任何内容
import-error-references = { $path }：{ $ids } 使用了文档目录无法解析的 Fluent 引用（变量、其他消息或术语）；请先修复再重新导入，以免下次导入将其变为文本
import-error-no-locale = { $path } 未指定区域设置（其前置元数据中没有 ms.contentlocale，路径中也没有区域设置文件夹）
import-error-state = 无法使用状态文件 { $path }：{ $reason }；请修复或删除它（之后目录中的文本将作为已编辑保留）
import-error-case = { $path } 和 { $other } 的 ID 仅大小写不同（{ $id }、{ $other_id }）；在 Windows 和 macOS 上它们将共用一个目录；已跳过（请重命名其中一个）
import-error-name = { $path }：其 ID { $id } 无法在 Windows 或 macOS 上用作文件名（{ $component }）；已跳过（请重命名）
cli-import = 将双语文档导入 Fluent 目录：英文部分导入 locales/en-US/<doc-id>.ftl，翻译部分导入 locales/<locale>/<doc-id>.ftl。手动编辑会被保留；英文已更改的翻译会标记为已过时。
cli-import-opt-paths = 文档或文件夹（其下的每个 *.md）。
cli-import-opt-locales_dir = 要写入的目录文件夹。
cli-import-opt-prune = 删除文档中已不存在的消息（否则仅报告）。
cli-import-opt-format = text 供人阅读，json 供程序使用。
## Store

store-error-user-not-found = 此存储中没有用户“{ $user }”。请使用 `taskguide store users --search …` 查找登录名。
store-error-unknown-sku = “{ $sku }”不是你的组织拥有的许可证。请使用 `taskguide store skus` 查看列表，并按部件号（例如 SPE_E3）或 SKU ID 指定。
store-error-usage-location = { $user } 没有使用位置，而只能为有使用位置的用户分配许可证。请先设置使用位置，例如 `taskguide store set-location --user { $user } NO`，或在向导中设置。
store-error-no-seats = 没有剩余的 { $sku } 许可证。请从不再需要的用户那里删除一个许可证，或购买更多许可证，然后重试。
store-error-not-held = { $user } 没有 { $sku }，因此没有可删除的内容。
store-error-inherited = { $user } 从组“{ $group }”获得 { $sku }，因此无法直接从该用户删除。请将该用户从组中删除，或从组中删除该许可证。
store-error-plan-dependency = 服务计划 { $plan } 需要 { $needed }，而此更改会使其保持关闭状态。请保持 { $needed } 开启，或同时关闭 { $plan }。
store-error-exclusive = 服务计划 { $a } 和 { $b } 不能同时对同一用户开启。请关闭其中一个（SKU:PLAN），或在同一命令中删除另一个许可证。
store-error-invalid-plan = { $sku } 没有服务计划“{ $plan }”。请使用 `taskguide store skus` 查看其服务计划。
store-error-add-and-remove = 在同一更改中同时添加和删除了 { $sku }。请选择其一。
store-error-bad-location = “{ $value }”不是国家/地区代码。请使用两个字母的 ISO 3166 代码，例如 NO、SE 或 US。
store-error-not-initialized = { $url } 处还没有许可证存储。请使用 `taskguide store init --demo`（演示组织）或 `taskguide store init` 创建一个。
store-error-already-initialized = { $url } 处已存在许可证存储。添加 --force 以替换它；这会删除其中的用户、许可证和日志。
store-error-bad-url = “{ $url }”不是存储地址。请使用 sqlite:PATH、memory:、memory:demo、graph: 或 graph:BASE-URL。
store-error-not-a-store = { $path } 不是 taskguide 许可证存储，或者已损坏（{ $detail }）。请将 --store 指向其他文件，或将此文件移走并运行 `taskguide store init`。
store-error-newer-schema = { $path } 由较新版本的 taskguide 写入（存储版本 { $version }）。请更新 taskguide 以使用它。
store-error-read-only = { $path } 为只读，因此未进行任何更改。请使其可写（chmod u+w），或使用 --store 选择其他存储。
store-error-busy = { $path } 被其他程序锁定的时间过长，因此未进行任何更改。请在该程序完成后重试。
store-error-storage = 许可证存储失败，因此未进行任何更改：{ $detail }
store-error-entry-not-found = 没有日志条目 { $id }。请使用 `taskguide store history` 查看条目。
store-error-undo-conflict = 无法撤消条目 { $id }：{ $user } 在此后已更改。该条目留下的是 { $expected }；现在是 { $actual }。请先撤消之后的条目（请参阅 `taskguide store history --user { $user }`）。
store-graph-note = Microsoft Graph 将返回 { $status } { $code }：“{ $message }”
store-init-demo = 已在 { $url } 创建演示许可证存储：{ $users } 个用户，{ $skus } 个许可证，{ $groups } 个组。
store-init-empty = 已在 { $url } 创建空的许可证存储。
store-users-count = { $count } 个用户
store-history-line = #{ $id }  { $at }  { $actor }  { $user }：{ $before } → { $after }  ({ $command })
store-history-count = { $count } 个条目
store-sku-line = { $part } ({ $name })：剩余 { $available } 个，共 { $total } 个，{ $plans } 个服务计划
store-change-location = 使用位置 { $before } → { $after }
store-change-off = 已关闭：{ $plans }
store-seats-left = 剩余 { $available } 个，共 { $total } 个
store-unchanged = 无更改：{ $user } 已完全拥有这些内容。
store-dry-run = 试运行：未进行任何更改。
store-applied = 已完成（日志条目 { $id }；`taskguide store undo { $id }` 可撤消此更改）。
store-row-ok = 成功       { $user }
store-row-unchanged = 未更改     { $user }
store-row-error = 错误       { $user }：{ $reason }
store-bulk-summary = { $total } 个用户：{ $changed } 个已更改，{ $unchanged } 个未更改，{ $failed } 个失败。
store-assign-no-user = 请使用 --user UPN 指定用户，或使用 --users-from FILE.csv 指定多个用户。
store-assign-nothing = 请使用 --add SKU 或 --remove SKU 说明要更改的内容。
store-csv-unreadable = 无法读取 { $path }：{ $reason }
store-csv-no-column = { $path } 没有 userPrincipalName 列（其标题为“{ $header }”）。请添加名为 userPrincipalName 的列，每行一个登录名。
store-csv-empty-upn = { $path }，第 { $line } 行：userPrincipalName 为空。
store-csv-empty = { $path } 未列出任何用户。
store-csv-fields = { $path }，第 { $line } 行：有 { $found } 个字段，而标题有 { $expected } 个。
store-csv-utf8 = { $path }，第 { $line } 行：不是有效的 UTF-8 文本。请将文件另存为 UTF-8。
cli-store = 创建和查看许可证存储（用户、许可证、日志），撤消更改。
cli-store-opt-store = 存储：sqlite:PATH、memory:、memory:demo，或用于通过 Microsoft Graph 访问 Microsoft 365 租户的 graph:（否则使用 $TASKGUIDE_STORE；默认值：sqlite:$XDG_DATA_HOME/taskguide/licenses.db）。
cli-store-opt-actor = 记录在日志中的名称（默认值：操作系统用户）。
cli-store-init = 创建存储：空存储，或使用 --demo 创建演示组织。
cli-store-init-opt-demo = 用演示组织填充：50 个用户、7 个许可证、一个组。
cli-store-init-opt-force = 替换现有存储（删除其用户、许可证和日志）。
cli-store-users = 列出用户及其许可证。
cli-store-users-opt-search = 仅列出登录名或显示名称包含 TEXT 的用户。
cli-store-users-opt-format = 输出格式：text，或使用 Graph 字段名称的 json。
cli-store-skus = 列出许可证（SKU）及其剩余数量和服务计划。
cli-store-skus-opt-format = 输出格式：text，或使用 Graph 字段名称的 json。
cli-store-history = 显示日志：谁在何时以何种方式更改了哪个用户的许可证。
cli-store-history-opt-user = 仅显示此用户的条目。
cli-store-history-opt-format = 输出格式：text 或 json。
cli-store-undo = 如果用户此后未更改，则撤消记录在日志中的更改。
cli-store-undo-opt-id = 日志条目（请参阅 `taskguide store history`）。
cli-store-undo-opt-dry_run = 显示撤消将执行的操作，但不执行。
cli-store-set-location = 设置用户的使用位置（分配任何许可证之前都需要）。
cli-store-set-location-opt-user = 用户的登录名或 ID。
cli-store-set-location-opt-location = 两个字母的 ISO 3166 国家/地区代码，例如 NO。
cli-assign = 为一个用户或 CSV 文件中的用户添加、更新或删除许可证。如果存储拒绝或任何一行失败，退出代码为 1；命令行或 CSV 文件有误时为 2（此时不进行任何更改）。
cli-assign-opt-store = 存储：sqlite:PATH、memory:、memory:demo，或用于通过 Microsoft Graph 访问 Microsoft 365 租户的 graph:（否则使用 $TASKGUIDE_STORE；默认值：sqlite:$XDG_DATA_HOME/taskguide/licenses.db）。
cli-assign-opt-actor = 记录在日志中的名称（默认值：操作系统用户）。
cli-assign-opt-user = 用户的登录名或 ID。
cli-assign-opt-users_from = 包含 userPrincipalName 列的 CSV 文件（忽略其他列）；每个用户一行结果。可安全地再次运行。
cli-assign-opt-add = SKU[:PLAN,…]：添加许可证（按部件号或 ID），并关闭列出的服务计划；对于用户已有的许可证，替换其已关闭的服务计划。可重复。
cli-assign-opt-remove = 删除此许可证（部件号或 ID）。可重复。
cli-assign-opt-dry_run = 检查并显示更改及剩余许可证数，但不执行更改。

## Status

status-doc = 文档
status-locale = 区域设置
status-translated = 已翻译
status-stale = 已过时
status-missing = 缺失
status-machine = 机器翻译
status-edited = 已编辑
status-reviewed = 已审阅
status-stale-message = { $doc } ({ $locale }) { $id } 已过时
    译自：{ $old }
    当前英文：{ $new }
status-total = { $locale }：{ $translated } 条已翻译，{ $stale } 条已过时，{ $missing } 条缺失（{ $percent }%）
status-review-total = { $locale }：{ $machine } 条机器翻译，{ $edited } 条已编辑，{ $reviewed } 条已审阅
cli-status = 按文档和区域设置显示已翻译、已过时或缺失的消息数。
cli-status-opt-locales_dir = 目录文件夹。
cli-status-opt-format = text 供人阅读，json 供程序使用。
import-duplicate-id = { $path } 与同一区域设置中的 { $first } 具有相同的文档 ID“{ $id }”；已跳过（请重命名其中一个）
store-detail-directory = 是一个目录，而不是文件

## Wizard
cli-guide = 用你的语言逐步完成任务，并针对许可证存储执行每个步骤（对于没有操作的文档，则作为检查清单）。如果不指定 TASK，则列出任务。
cli-guide-opt-task = 任务：文档 ID（例如 how-to-assign-a-license-to-a-user）或文档路径。
cli-guide-opt-locale = 步骤和向导的语言（默认值：LC_ALL、LC_MESSAGES 或 LANG，否则为 en-US）。
cli-guide-opt-store = 存储：sqlite:PATH、memory:demo，或用于 Microsoft 365 租户的 graph:（否则使用 $TASKGUIDE_STORE；默认值：sqlite:$XDG_DATA_HOME/taskguide/licenses.db，首次使用时用演示组织创建）。
cli-guide-opt-actor = 记录在日志中的名称（默认值：操作系统用户）。
cli-guide-opt-answers = 从 TOML 或 JSON 文件（user、add、remove、usage_location、confirm）读取答案而不是提问，并输出记录。适用于脚本和没有终端的计算机。
cli-guide-opt-dry_run = 显示更改的审阅内容，并在应用之前停止。
cli-guide-opt-content = 文档文件夹（content/<locale>/<doc>.md、content/<doc>.task.toml）。
cli-guide-opt-locales_dir = 目录文件夹（locales/<locale>/<doc>.ftl）。
guide-list = { $content } 中有 { $count } 个任务：
guide-list-guided = 针对许可证存储引导
guide-list-checklist = 检查清单
guide-list-hint = 使用以下命令启动任务：taskguide guide <TASK>
guide-no-task = 没有任务“{ $task }”：没有该名称的文件，{ $content }/ 下也没有 { $task }.md。运行 `taskguide guide` 可列出任务。
guide-no-terminal = 向导需要终端来提问。若要在没有终端的情况下运行，请将答案放在文件中并通过 --answers 传递，例如：taskguide guide { $task } --answers answers.toml（字段：user、add、remove、usage_location、confirm）。
guide-demo-created = 还没有许可证存储：已在 { $path } 创建一个包含演示组织（{ $users } 个用户）的存储供练习。
guide-demo-dir = 无法创建 { $path }：{ $reason }
guide-terminal-error = 终端出错：{ $reason }
task-bindings-io = 无法读取绑定：{ $reason }
task-bindings-syntax = 不是有效的绑定文件：{ $reason }
task-bindings-unknown-step = 文档中没有步骤“{ $id }”（其步骤：{ $known }）。
task-bindings-unknown-action = 没有名为“{ $name }”的操作（操作：{ $known }）。
wizard-welcome = { $title } — 共 { $steps } 个步骤。
wizard-welcome-bound = 我将按文章所述显示每个步骤，然后与你一起在许可证存储 { $store } 中完成它。
wizard-welcome-checklist = 我将按文章所述显示每个步骤；请完成它，然后告诉我已完成。
wizard-welcome-dry-run = 试运行：你将看到更改，但不会应用任何内容。
wizard-keys = Esc 返回上一步，Ctrl-C 退出。
wizard-progress = 第 { $current } 步，共 { $total } 步
wizard-step-done = 此步骤已完成？
wizard-yes = 是
wizard-no = 否
wizard-yes-words = y, yes, 是, 是的
wizard-no-words = n, no, 否, 不
wizard-hint-yes = Y/n
wizard-hint-no = y/N
wizard-confirm-invalid = 请输入 y 表示是，或输入 n 表示否。
wizard-key-back = Esc（返回）
wizard-key-cancel = Ctrl-C（退出）
wizard-prompt-left = （剩余）
wizard-quit-confirm = 退出而不应用更改？尚未进行任何更改。
wizard-cancelled = 已停止。未对许可证存储进行任何更改。
wizard-checklist-summary = 已完成 { $done } 个步骤，共 { $total } 个：
wizard-users-count = 组织中有 { $count } 个用户；{ $unlicensed ->
    [0] 所有用户都有许可证。
   *[other] { $unlicensed } 个用户还没有许可证。
}
wizard-no-users = 许可证存储 { $store } 中没有用户。请使用以下命令创建演示组织：taskguide store init --demo
wizard-no-skus = 许可证存储 { $store } 中没有可分配的订阅（SKU）。请使用以下命令创建演示组织：taskguide store init --demo
wizard-needs-user = 此步骤需要一个用户，但尚未选择任何用户：任务的绑定将步骤顺序排错了。
wizard-select-user = 哪个用户？
wizard-select-user-help = 键入名称或登录名的一部分进行筛选，↑↓ 移动，Enter 选择，Esc 返回。
wizard-user-choice = { $name } <{ $upn }> · { $licenses }
wizard-no-license = 无许可证
wizard-licenses-of = { $name } 拥有以下许可证：
wizard-licenses-none = { $name } 还没有许可证。
wizard-license-direct = • { $license }
wizard-license-inherited = 🔒 { $license }，来自组 { $group }
wizard-inherited-note = 来自组的许可证在此处已锁定：若要取消它，请将该用户从组中删除，或更改组的许可证。
wizard-location = 使用位置：{ $location }
wizard-location-missing = { $name } 没有使用位置。Microsoft 365 需要知道用户工作所在的国家/地区，才能分配任何许可证。
wizard-ask-location = { $name } 在哪个国家/地区工作？
wizard-ask-location-help = 两个字母的国家/地区代码，例如 NO、SE 或 US。它将与许可证一起设置。
wizard-location-pending = 使用位置 { $location } 将与许可证一起设置。
wizard-sku-name = { $name } ({ $part })
wizard-sku-choice = { $license } — 可用 { $available } 个，共 { $total } 个
wizard-sku-choice-full = { $license } — 共 { $total } 个，无可用
wizard-edit-licenses = { $name } 的许可证：选中要分配的许可证，清除要取消分配的许可证。
wizard-edit-help = ↑↓ 移动，空格键选中或清除，Enter 继续，Esc 返回。没有剩余数量的许可证只有在用户已拥有时才能保持选中。
wizard-edit-locked = 来自组，因此未列出：{ $licenses }。
wizard-no-seats = { $license } 没有剩余数量。请清除它，或先释放一个（从某个用户取消分配）或购买更多。
wizard-nothing-to-change = 无需更改：这些已经是 { $name } 的许可证。
wizard-review = { $name } <{ $upn }> 的更改：
wizard-review-add = + { $license } — 之后可用 { $available } 个，共 { $total } 个
wizard-review-remove = − { $license } — 之后可用 { $available } 个，共 { $total } 个
wizard-review-location = 使用位置 → { $after }
wizard-dry-run = 试运行：未应用任何内容。
wizard-confirm = 是否为 { $name } 应用此更改？
wizard-declined = 未应用。未对许可证存储进行任何更改。
wizard-applied = 已完成。{ $name } 的更改已保存：
wizard-now-has = { $name } 现在拥有：{ $licenses }。
wizard-held-from-group = { $license }，来自组 { $group }
wizard-journal = { $count ->
    [1] 日志条目 { $ids }；若要撤消：taskguide store undo { $last }
   *[other] 日志条目 { $ids }；若要撤消，请从最后一个开始逐个撤消：taskguide store undo { $last }
}
wizard-fix-plans = 在此处：仅保留包含这些服务计划的许可证中的一个。
wizard-back-to-step = 返回第 { $number } 步进行修复。
wizard-script-exhausted = 脚本中没有“{ $field }”的剩余答案。
wizard-script-mismatch = 脚本的下一个答案不适合“{ $field }”的问题。
wizard-answers-missing = 答案文件中没有“{ $field }”，而向导此处需要它。
wizard-answers-refused = 答案文件中“{ $field }”的答案被拒绝：{ $reason }
wizard-answer-invalid = 答案中的“{ $field }”：{ $reason }
wizard-answer-no-match = 答案中的“{ $field }”：没有与“{ $value }”匹配的项。
wizard-answer-ambiguous = 答案中的“{ $field }”：“{ $value }”匹配多个项（{ $matches }）；请提供完整名称。
wizard-answer-not-checked = 答案中的“{ $field }”：该用户没有可删除的“{ $value }”。
wizard-answers-unreadable = 无法读取答案文件 { $path }：{ $reason }
wizard-answers-bad = 答案文件 { $path } 无效：{ $reason }
wizard-answers-not-a-table = 答案必须是字段表（user、add、remove、usage_location、confirm）。
wizard-answers-unknown-field = 未知字段“{ $field }”（字段：{ $known }）。
wizard-answers-not-text = “{ $field }”必须是文本，例如 "ola.nordmann@contoso-demo.example"。
wizard-answers-not-list = “{ $field }”必须是许可证部件号的列表，例如 ["SPE_E3"]。
wizard-answers-not-bool = “{ $field }”必须为 true 或 false。

## Check

label-note = 注意
cli-check = 查找翻译中的问题：链接、标记、导航路径、占位符、数字、空格和标点，并给出位置和修复方法。
cli-check-opt-paths = 要检查的双语文档、FTL 目录或文件夹（默认值：content/ 和 locales/）
cli-check-opt-locale = 仅检查此区域设置中的文档（可重复）
cli-check-opt-format = 输出格式：text 供人阅读，json 或 sarif 供程序和 CI 使用
cli-check-opt-allow = 不报告此代码（可重复）
cli-check-opt-config = 设置文件（默认值：.taskguide/check.toml，否则为 taskguide.toml，取第一个存在的文件）
check-error-unknown-code = 没有检查代码“{ $code }”；代码有：{ $known }
check-error-no-path = { $path } 不存在
check-error-no-match = { $paths } 下没有 { $locales } 中的文档或目录：不会检查任何内容
check-error-empty-path = { $path } 没有文档（.md）或目录（.ftl）：不会检查任何内容
check-label-source = 源：{ $text }
check-label-target = 目标：{ $text }
check-label-hint = 提示：{ $text }
check-summary = { $files } 个文档：{ $errors } 个错误，{ $warnings } 个警告，{ $notes } 个注意
check-link-mismatch = 链接目标 { $dest } 不在源中
check-link-broken = 指向 { $dest } 的链接跨越多个片段，在翻译中已损坏
check-link-count = 源有 { $source } 个链接，翻译有 { $target } 个
check-bold-count = 源有 { $source } 处粗体，翻译有 { $target } 处
check-emphasis-count = 源有 { $source } 处斜体，翻译有 { $target } 处
check-code-count = 源有 { $source } 处代码，翻译有 { $target } 处
check-breadcrumb = 导航路径 { $chain } 已损坏：其各步骤只能用“\>”连接
check-placeholder = 翻译中缺少占位符 { $name }
check-number = 翻译中缺少源中的数字 { $number }
check-missing-space = 字母紧跟在链接或强调之后：缺少空格
check-edge-whitespace = { $extra ->
    [yes] 翻译的{ $side ->
        [end] 末尾
       *[other] 开头
    }有源中没有的空白
   *[no] 翻译的{ $side ->
        [end] 末尾
       *[other] 开头
    }缺少源中有的空白
}
check-double-space = 连续两个空格
check-end-punctuation = 源以“{ $source }”结尾，翻译以“{ $target }”结尾
check-length-ratio = 翻译的长度是源的 { $percent }%：可能缺少或多出了文本
check-bidi-control = 不可见的双向控制字符 { $codepoint } 可能会重新排列文本
check-replacement-char = U+FFFD（�）表示在字符集转换中丢失的文本
check-unbalanced-markup = 此 { $marker } 没有打开或关闭任何内容：段落的其余部分可能呈现错误
check-locale-mismatch = 前置元数据为 { $front }，但文档位于 { $folder } 文件夹中
check-machine-translated = 机器翻译（ms.translationtype: MT）：未审阅
check-pairing = 片段配对问题
check-hint-link-mismatch = 使用源中的目标，或使用带目标区域设置的 /en-us/ 路径
check-hint-link-count = 保留源中的每个 [text](destination)，并保持方括号和圆括号完整
check-hint-markup-count = 像源一样标记相同的 UI 标签和术语
check-hint-breadcrumb = 在标记内翻译每个步骤并保持步骤顺序：**A** \> **B**
check-hint-placeholder = 原样复制 <email> 等占位符；由读者替换它们
check-hint-number = 保留每个数字；只有其格式可以遵循区域设置
check-hint-missing-space = 在右括号 ) 或 ** 之后添加空格
check-hint-edge-whitespace = 翻译的开头和结尾应使用与源相同的空白
check-hint-double-space = 将两个空格替换为一个
check-hint-end-punctuation = 以与源相同的方式结束句子
check-hint-length-ratio = 逐句比较翻译与源
check-hint-bad-char = 删除该字符，或重新键入其周围的文本
check-hint-unbalanced-markup = 像源一样成对使用每个 ** 和 `，或将其转义为 \*\*
check-hint-locale-mismatch = 将文档移到其区域设置的文件夹，或更正 ms.contentlocale
check-hint-machine-translated = 请审阅者阅读，然后将 ms.translationtype 设置为 HT
check-hint-pairing = 为每个翻译片段提供具有相同 ID 的英文 sxs-lookup 部分
check-missing = 英文目录中的此消息在此处未翻译
check-obsolete = 英文目录中已不再有此消息
check-empty = 翻译为空
check-stale = 翻译后英文文本已更改
check-unchanged = 翻译与英文文本完全相同
check-variable-parity = 翻译的变量与英文不同：{ $missing ->
    [none] {""}
   *[other] 缺少 { $missing }
}{ $extra ->
    [none] {""}
   *[other] {" "}未知 { $extra }
}
check-plural-categories = 复数选择缺少 { $locale } 类别 { $missing }
check-hint-ftl = 更正 FTL 语法；在此之前读取器会跳过此条目
check-hint-missing = 翻译该消息，或运行 taskguide import 将其导入
check-hint-obsolete = 删除该消息，或运行带修剪选项的 taskguide import
check-hint-stale = 与新的英文文本进行比较（`taskguide status` 会显示旧文本和新文本），更新翻译，然后再次导入：状态文件会记录其当前所译的英文
check-hint-unchanged = 翻译它；如果它是名称，请将其列在 taskguide.toml 的 [check] 表中的 unchanged 下
check-hint-variable-parity = 完全使用英文消息中的变量
check-hint-plural-categories = 为区域设置的复数规则所使用的每个类别添加变体
check-unknown-variable = 翻译使用了没有任何内容填充的变量 ${ $name }：它将按原样显示
check-message-reference = 翻译引用了文档目录无法使用的消息 { $id }：它将按原样显示
check-term-reference = 翻译引用了文档目录未定义的术语 { $id }：它将按原样显示
check-line-break = { $block ->
    [heading] 换行符将标题截为两部分
    [cell] 换行符将表格行截为两部分
   *[other] 空行将段落拆分为两部分
}
check-table-cell-split = 此 | 开始了一个新的表格单元格：该行比表格多一个单元格
check-block-marker = 行首的“{ $marker }”会生成英文中没有的列表、标题或引用
check-hint-reference = 像英文一样，将引用替换为其代表的文本
check-hint-line-break = 像英文一样，将翻译保持在一行
check-hint-table-cell-split = 将 | 写作 \| 或改写以避免使用它
check-hint-block-marker = 将该行与上一行合并，或用反斜杠转义该标记（\-、1\.）

## Graph

graph-error-not-supported = { $url } 是 Microsoft Graph 租户，没有“{ $operation }”：taskguide 在其中不保留日志，也无法创建租户。请使用 Microsoft 365 管理中心的审核日志查看历史记录，并使用 sqlite: 或 memory: 存储进行练习。
graph-error-credentials = 无法登录 Microsoft Graph：请设置 { $variables }（应用注册的目录 ID、应用程序 ID 和客户端密码；请参阅 README）。
graph-error-sign-in = Microsoft 拒绝了应用登录（{ $status } { $code }：{ $description }）。请检查 AZURE_TENANT_ID、AZURE_CLIENT_ID 和 AZURE_CLIENT_SECRET（密码会过期；请在“证书和密码”下创建新密码）。
graph-error-unauthorized = Microsoft Graph 不接受应用的令牌，即使是新令牌：{ $message } 请检查该应用是否属于此租户，以及 AZURE_AUTHORITY_HOST 是否与云匹配。
graph-error-forbidden = 不允许该应用执行此操作（{ $code }：{ $message }）。请为其授予应用程序权限 LicenseAssignment.ReadWrite.All 和 User.ReadWrite.All 并授予管理员同意；`taskguide store check` 会说明缺少什么。
graph-error-throttled = Microsoft Graph 繁忙，对全部 { $attempts } 次尝试都返回了 { $status }，因此未完成此操作。请在几分钟后重试；可以安全地重新启动批量运行。
graph-error-network = 无法访问 { $host }：{ $detail }。请检查网络连接、代理和 --store 地址。
graph-error-timeout = { $host } 未及时响应，因此未再发送任何内容。请检查网络连接，然后重试。
graph-error-unexpected = Microsoft Graph 返回了 { $status } { $code }：{ $message }
graph-error-bad-response = Microsoft Graph 发送了 taskguide 无法理解的响应（{ $detail }）。请检查 --store 是否指向 Microsoft Graph v1.0。
graph-check-sign-in = 使用客户端凭据登录
graph-check-skus = 读取许可证（已订阅的 SKU）
graph-check-users = 读取用户
graph-check-ok = ✓ { $what }：正常（{ $count }）
graph-check-error = ✗ { $what }：{ $reason }
graph-check-need-licenses = 为应用授予应用程序权限 LicenseAssignment.ReadWrite.All 并授予管理员同意。
graph-check-need-users = 为应用授予应用程序权限 User.ReadWrite.All 并授予管理员同意。
graph-check-ready = { $url } 已可以使用。
graph-check-failed = { $total } 项检查中有 { $failed } 项失败。
cli-store-check = 检查存储是否可用：对于 graph:，登录并读取许可证和用户，并说明缺少哪个权限。
graph-error-permissions = 该应用可以读取，但不能进行所有更改：请在应用注册中添加应用程序权限 { $permissions }（API 权限 → Microsoft Graph → 应用程序权限）并授予管理员同意，然后重新登录。
graph-check-permissions = 进行更改所需的权限

## ship: built-in content, where it comes from, --version, store --where
guide-origin-builtin = 内置
guide-origin-env = { $path }（环境变量 $TASKGUIDE_CONTENT）
guide-origin-cwd = { $path }（工作文件夹）
guide-origin-option = { $path }（--content 选项）
guide-list-sources = { $count } 个任务（来自 { $sources }；后面的来源会覆盖前面的来源）：
guide-list-from = 来源：{ $origin }
guide-list-overrides = 来源：{ $origin }，覆盖 { $under }
guide-override = 任务 { $task }：使用 { $path }，它覆盖了来自 { $under } 的同 ID 任务。
guide-no-task-in = 没有任务“{ $task }”：{ $sources } 中既没有该名称的文件，也没有文档 { $task }。请运行 `taskguide guide` 列出任务。
cli-version-content = 内置内容：{ $locales } 中的 { $count } 个任务（指纹 { $fingerprint }）
cli-store-opt-where = 显示 taskguide 存放其文件的位置（存储、数据文件夹、内容文件夹和目录文件夹），然后停止。
where-store = 存储：{ $url }（来自 { $source }）
where-source-default = 默认值
where-data = 数据文件夹：{ $path }（{ $state }）
where-exists = 已存在
where-missing = 尚未创建
where-content = 任务：{ $sources }（后面的来源会覆盖前面的来源）
where-locales = 目录：{ $path }

## i18na: accessible mode (guide --accessible, TASKGUIDE_ACCESSIBLE=1)

cli-guide-opt-accessible = 适用于屏幕阅读器的无障碍模式（也可设置 TASKGUIDE_ACCESSIBLE=1）：每个问题都以纯文本行显示，选项带编号，可通过编号或键入名称的一部分来选择，逐行回答；不重绘屏幕、不移动光标、不显示旋转指示器或颜色。
accessible-intro = 无障碍模式：每个问题都以纯文本写出。请用编号或名称的一部分回答，然后按 Enter。键入“返回”可后退一步，键入“退出”可退出。
accessible-back-words = 返回, back
accessible-quit-words = 退出, quit
accessible-choice = { $number }. { $label }
accessible-multi-choice = { $number }. { $label } — { $state }
accessible-choose = 键入 1 到 { $count } 之间的编号或名称的一部分，然后按 Enter：
accessible-chosen = 已选择：{ $label }
accessible-matches = 有 { $count } 个选项与“{ $text }”匹配：
accessible-no-match = 没有与“{ $text }”匹配的项。请键入 1 到 { $count } 之间的编号，或名称的其他部分。
accessible-out-of-range = 没有选项 { $number }。请键入 1 到 { $count } 之间的编号。
accessible-checked = 已选中
accessible-unchecked = 未选中
accessible-multi-help = 若要选中或清除选项，请键入其编号并以空格分隔（例如：1 3），或键入名称的一部分。完成后，在空行上按 Enter。
accessible-multi-ask = 要选中或清除的编号，或按 Enter 完成：
accessible-toggled-on = 已选中：{ $label }
accessible-toggled-off = 已清除：{ $label }
accessible-blocked = 无法选中 { $label }：{ $reason }
accessible-now-checked = 当前已选中：{ $labels }
accessible-none-checked = 当前未选中任何项。
accessible-confirm-ask = 键入 { $yes } 或 { $no }，然后按 Enter（仅按 Enter 表示 { $default }）：
accessible-text-ask = 键入你的答案，然后按 Enter：
accessible-answered = 答案：{ $answer }
accessible-problem = 问题：{ $text }
accessible-progress = 进度：{ $percent }%（{ $total } 项中已完成 { $done } 项）
accessible-row = 第 { $number } 行，共 { $total } 行：
accessible-cell = { $label }：{ $value }

## login: signing in as yourself (delegated), the token cache, Graph's security refusals
cli-login = 使用你自己的应用注册（公共客户端：AZURE_CLIENT_ID 或 --client-id，并启用“允许公共客户端流”）以你自己的身份登录 Microsoft Graph。会打开浏览器（使用 PKCE 的授权代码，重定向到 http://localhost）；通过 SSH、没有显示器或使用 --device-code 时，会显示一个代码，供你在另一台设备上键入。请求委托权限 LicenseAssignment.Read.All（读取已订阅的许可证）、User.ReadWrite.All（读取用户及其许可证、设置使用位置、分配许可证）和 offline_access（保持登录：刷新令牌）。你需要“许可证管理员”或“用户管理员”角色。刷新令牌保存在操作系统凭据存储中，否则保存在只有你能读取的文件中（由 $TASKGUIDE_TOKEN_STORE=file|keyring 选择）。
cli-login-opt-device_code = 使用设备代码在任意设备的浏览器中登录，而不是使用本机的浏览器。
cli-login-opt-client_id = 你的应用注册的应用程序（客户端）ID（否则使用 $AZURE_CLIENT_ID）。
cli-login-opt-tenant = 目录（租户）ID 或域（否则使用 $AZURE_TENANT_ID，再否则使用 organizations：你登录所用帐户的租户）。
cli-login-opt-status = 显示谁已登录、登录位置、拥有哪些权限以及有效期，而不是登录。从不显示令牌。
cli-login-opt-store = 要登录的 graph: 存储；除非设置了 AZURE_AUTHORITY_HOST，否则由其主机决定云（美国政府、中国）（否则使用 $TASKGUIDE_STORE，再否则使用 graph:）。
cli-login-opt-format = text 供人阅读，json 供程序使用。
cli-whoami = 显示谁已登录（与 login --status 相同）。
cli-whoami-opt-format = text 供人阅读，json 供程序使用。
cli-logout = 注销：从操作系统凭据存储和文件中删除保存的登录信息（刷新令牌和帐户）。
signin-error-no-client-id = 没有可用于登录的应用注册：请设置 AZURE_CLIENT_ID 或提供 --client-id（你的应用注册的应用程序 ID，并启用“允许公共客户端流”；请参阅 README 中的“Sign in as yourself”）。
signin-error-not-signed-in = 没有人登录 Microsoft Graph。请运行 `taskguide login`（或 `taskguide login --device-code`），或为应用设置 AZURE_CLIENT_SECRET 以及 AZURE_TENANT_ID 和 AZURE_CLIENT_ID。
signin-error-session-expired = 保存的登录信息已不再被接受（{ $code }：{ $description }）；它已被吊销或已过期。请再次运行 `taskguide login`。
signin-error-declined = 登录被拒绝，因此你未登录。请再次运行 `taskguide login` 重试。
signin-error-expired = 登录代码在登录完成前已过期。请再次运行 `taskguide login`，并在显示的时间内完成。
signin-error-bad-code = Microsoft 无法识别该代码。请再次运行 `taskguide login --device-code`，并准确键入新代码。
signin-error-cancelled = 已取消登录；未保存任何内容。
signin-error-no-browser = 无法打开浏览器。请使用 `taskguide login --device-code`。
signin-error-state = 浏览器的响应不属于此次登录，因此已被忽略。请再次运行 `taskguide login`。
signin-error-loopback = 本地登录侦听器失败（{ $detail }）。请使用 `taskguide login --device-code`。
signin-error-no-refresh-token = Microsoft 未提供刷新令牌，因此无法保存登录信息。请确保应用注册可以请求 offline_access，然后重新登录。
signin-error-cache = 无法在 { $path } 保存或读取登录信息：{ $detail }。请运行 `taskguide logout`，然后运行 `taskguide login`。
graph-error-foreign-link = Microsoft Graph 指向了 { $origin }，它不是配置的 Graph 主机；未跟随该链接，也未向其发送任何令牌。请检查 --store 地址和任何代理。
graph-error-missing-role = 你已登录，但没有任何可以分配许可证的目录角色。请向管理员申请 { $roles }（Microsoft Entra 管理中心 → 角色和管理员），然后重新登录。
graph-check-roles = 你用于分配许可证的目录角色
signin-done = 已作为 { $user } 登录（租户 { $tenant }）。
signin-logged-out = 已注销：已删除保存的登录信息。
signin-status-none = 没有人登录。请运行 `taskguide login`。
signin-status-no-role = 没有可以分配许可证的角色
signin-status = 已作为 { $user } 登录
      租户：{ $tenant }（{ $authority }）
      应用：{ $client }
      权限：{ $scopes }
      许可证角色：{ $roles }
      有效期至：{ $until }（每次使用时刷新）
      保存位置：{ $place }
signin-place-keyring = 操作系统凭据存储
signin-browser = 正在打开浏览器进行登录。如果浏览器未打开，请转到：{ $url }
signin-browser-done = 已登录 taskguide。你可以关闭此窗口。
signin-device-code = 若要登录，请在浏览器中打开 { $uri } 并输入代码 { $code }。
signin-file-warning = 警告：操作系统凭据存储没有响应；登录信息保存在 { $path } 中（只有你可以读取）。
signin-offer = 现在登录 Microsoft Graph？
wizard-search-user = 查找用户（名称或登录名的一部分）：
wizard-search-user-help = 键入时会搜索目录；在空行上按 Enter 会列出前几个用户。
wizard-search-none = 没有与“{ $filter }”匹配的用户。请尝试名称或登录名的一部分。
signin-check-need-licenses = 请将委托权限 LicenseAssignment.Read.All 添加到你的应用注册（API 权限 → Microsoft Graph → 委托的权限），授予同意，然后再次运行 `taskguide login`。
signin-check-need-users = 请将委托权限 User.ReadWrite.All 添加到你的应用注册，授予同意，然后再次运行 `taskguide login`；你还需要“许可证管理员”或“用户管理员”角色。

## site: the static localized help site (taskguide site)
cli-site = 生成静态的本地化帮助网站：每种语言的每个文档、语言选择器、按需显示英语原文、标记机器翻译、搜索；只重写已更改的页面。
cli-site-opt-paths = 文档文件夹（默认值：content）。文档的 ID 是它在该文件夹下的路径，不含 .md 和开头的区域设置文件夹。
cli-site-opt-locales_dir = 目录文件夹：locales/<locale>/<doc-id>.ftl。其中的消息优先于文档中的文本。
cli-site-opt-locale = 要生成的区域设置（可重复）。默认值：每个具有文档或目录的区域设置，以及 en-US。
cli-site-opt-out = 输出文件夹：<locale>/<doc-id>.html、每个区域设置的索引和搜索页、index.html，以及使用 --base-url 时的 sitemap.xml。
cli-site-opt-theme = 主题文件（base.html、page.html、index.html、search.html、root.html、sitemap.xml、site.css、site.js）所在的文件夹，这些文件会替换同名的内置文件。
cli-site-opt-check = 不写入任何内容：列出将要写入或删除的文件，如果有则以代码 1 退出（用于 CI）。
cli-site-opt-base_url = 网站的公共地址（例如 https://help.example.com/docs），用于 sitemap.xml，其中的地址必须是绝对地址：如果不提供，则不写入 sitemap.xml。
cli-site-opt-link_base = 文档中以 / 开头的链接指向的位置（其原始网站，例如 https://learn.microsoft.com）；如果不提供，这些链接将显示为文本，而不是损坏的链接。
site-summary = { $locales } 个区域设置中的 { $pages } 个页面：已写入 { $written } 个文件，已删除 { $removed } 个，{ $unchanged } 个页面未更改，{ $fallbacks } 个片段不是其页面的语言，{ $dead } 个无目标的链接或图像显示为文本。网站：{ $out }
site-check-write = 将写入 { $path }
site-check-remove = 将删除 { $path }
site-error-theme = 无法读取主题 { $path }：{ $reason }
site-error-template = { $path }:{ $line }：模板错误：{ $reason }
site-skip = 跳到文章
site-home = 所有文章
site-language = 语言
site-search = 搜索
site-search-label = 搜索文章
site-search-none = 没有匹配的文章。
site-search-count = { $count ->
   *[other] 有 { $count } 篇文章匹配。
}
site-search-noscript = 搜索需要 JavaScript；所有文章的列表无需 JavaScript 即可使用。
site-show-english = 显示英语原文
site-show-translation = 显示译文
site-guided = 引导式任务
site-step-done = 已完成：步骤
site-index-title = 文章
site-mt-banner = 本文由机器翻译，可能包含错误。
site-mt-link = 阅读英语原文
site-fallback-badge = 未翻译：以其他语言显示
site-stale-badge = 译文比英语文本旧
site-root-title = 选择你的语言

## tasks: the product tasks of issue 16 (products, many users, service plans, swaps, seats, the task picker)
wizard-products = 此组织中有 { $count } 个产品：
wizard-product-line = { $license } — 已分配 { $assigned } 个，可用 { $available } 个，共 { $total } 个
wizard-product-suspended = 已暂停：在支付订阅费用之前，无法分配 { $count } 个许可证
wizard-product-warning = 处于警告状态：除非续订订阅，否则 { $count } 个许可证将过期
wizard-select-product = 哪个产品？
wizard-select-product-help = 键入以筛选，↑↓ 移动，Enter 选择，Esc 返回。
wizard-needs-product = 尚未选择产品：此任务需要在此步骤之前有一个 select-product 步骤。
wizard-select-users = 要分配 { $license } 的用户（一次最多 { $max } 个）：
wizard-select-users-help = 键入以筛选，空格键添加或移除，Enter 继续，Esc 返回。{ $seats }
wizard-seats-left = 分配给这些用户后剩余 { $left } 个，共 { $available } 个
wizard-seats-short = { $license } 只剩 { $available } 个许可证：请移除一些用户，或先购买更多许可证。
wizard-users-max = 一次最多 { $max } 个用户，与管理中心相同。
wizard-users-none = 未选择任何用户：请至少选择一个。
wizard-user-has-product = 已拥有 { $license }
wizard-user-no-location = 没有使用位置
wizard-batch-user = { $name } <{ $upn }>
wizard-batch-location-missing = 这些用户中有 { $count } 个没有使用位置：{ $names }。许可证需要使用位置；它将与许可证一起设置。
wizard-batch-ask-location = 这 { $count } 个用户的使用位置
wizard-plan-rules = { $license } 的应用和服务之间的依赖关系：
wizard-plan-needs = { $plan } 需要 { $needs }
wizard-plan-excludes = { $plan } 不能与 { $other } 同时开启
wizard-choose-plans = { $license } 的应用和服务：清除要关闭的项。
wizard-choose-plans-help = ↑↓ 移动，空格键开启或关闭，Enter 继续，Esc 返回。
wizard-plan-choice = { $plan } ({ $name })
wizard-plan-needs-off = { $plan } 需要 { $needs }，但你已将其关闭：请重新开启它，或同时关闭 { $plan }。
wizard-plans-off = 已关闭：{ $plans }
wizard-plans-all-on = 所有应用和服务均保持开启。
wizard-review-batch = 将 { $license } 分配给 { $count } 个用户：
wizard-batch-seats = { $license } — 之后可用 { $available } 个，共 { $total } 个
wizard-batch-short = { $license } 剩余 { $available } 个许可证，但这些用户需要 { $needed } 个。未进行任何更改：请移除一些用户，或先购买更多许可证。
wizard-confirm-batch = 是否将 { $license } 分配给这 { $count } 个用户？
wizard-batch-ok = ✓ { $name } <{ $upn }>
wizard-batch-failed = ✗ { $name } <{ $upn }>：{ $reason }
wizard-batch-not-run = 未完成：存储在处理此用户之前已停止。
wizard-batch-done = 已更改 { $ok } 个用户，共 { $total } 个：
wizard-batch-partial = 有 { $failed } 个用户未更改（原因见上文）；其他用户已更改，日志中恰好记录了他们的更改。
wizard-seats-before-after = { $license }：之前可用 { $before_available } 个，共 { $before_total } 个；现在可用 { $available } 个，共 { $total } 个
wizard-swap-from = 从哪个产品移动用户？
wizard-swap-to = 移动到哪个产品？
wizard-swap-users = 要从 { $from } 移动到 { $to } 的用户：
wizard-swap-none-hold = 没有人直接拥有产品：没有可移动的用户。
wizard-review-swap = 将 { $count } 个用户从 { $from } 移动到 { $to }，每个用户一次更改（同时添加新许可证并删除旧许可证，因此任何人都不会没有邮箱）：
wizard-confirm-swap = 是否移动这 { $count } 个用户？
guide-pick-task = 哪个任务？
guide-pick-task-help = 键入以筛选，↑↓ 移动，Enter 开始，Esc 离开。

## exchange: XLIFF and PO for translators and vendors, word counts, translation memory
cli-export = 为翻译人员和供应商导出某个区域设置所需的消息：XLIFF 2.1（一个文件）或 gettext PO（每个文档一个文件），包含英文、当前译文及其状态、在文档中的位置、过时消息的旧英文以及翻译记忆库建议；或以 TMX 格式导出该区域设置的翻译记忆库。
cli-export-opt-locale = 要翻译成的区域设置。
cli-export-opt-what = 哪些消息：missing（缺失）、stale（已过时）、machine（机器翻译或重复利用的译文）、all（全部）；多个值用逗号分隔。
cli-export-opt-file_format = xliff (XLIFF 2.1)、po（gettext PO，在 --out 文件夹中每个文档一个文件）或 tmx（翻译记忆库）。
cli-export-opt-docs = 文档 ID 或 ID 文件夹（AlchemyInsights/x、AlchemyInsights）；不指定：所有文档。
cli-export-opt-out = 要写入的文件（XLIFF、TMX）或文件夹 (PO)。
cli-export-opt-locales_dir = 目录文件夹。
cli-export-opt-tm = 一个 TMX 文件，其译文会添加到翻译记忆库中（可重复）。
cli-export-opt-matches = 为每条缺失或过时的消息提供多少条翻译记忆库建议（0：不提供）。
cli-export-opt-report = text 供人阅读，json 供程序使用。
cli-import-translations = 将已翻译的 XLIFF 或 PO 文件导回目录。如果某个单元的英文已更改，或其内联代码或占位符与英文不同，则会被拒绝，并给出其位置 file:line:col；XLIFF final 或带有“# reviewed”注释的 PO 消息记录为已审阅，其他更改记录为已编辑；不会改动其他任何内容。
cli-import-translations-opt-files = 由 taskguide export 导出的 XLIFF (.xlf) 或 PO (.po) 文件。
cli-import-translations-opt-locales_dir = 要写入的目录文件夹。
cli-import-translations-opt-format = text 供人阅读，json 供程序使用。
cli-leverage = 根据其英文在其他地方的完全匹配（该区域设置的其他消息和文档，以及给定的 TMX 文件）填充某个区域设置缺失的消息，并标记为重复利用或机器翻译，绝不标记为已审阅。
cli-leverage-opt-locale = 要填充的区域设置。
cli-leverage-opt-docs = 文档 ID 或 ID 文件夹；不指定：所有文档。
cli-leverage-opt-locales_dir = 目录文件夹。
cli-leverage-opt-tm = 用于为翻译记忆库提供初始内容的 TMX 文件（可重复）。
cli-leverage-opt-mark = 已填充消息的标记方式：leveraged（重复利用）或 machine（机器翻译；重新导入时可能会被文档的译文替换）。
cli-leverage-opt-dry_run = 统计将要填充的内容，但不写入任何内容。
cli-leverage-opt-format = text 供人阅读，json 供程序使用。
cli-status-opt-words = 按供应商报价的方式统计字数：按区域设置和文档统计新字数、过时消息中的字数、重复内容、翻译记忆库 100% 匹配和模糊匹配区间。
cli-status-opt-what = 与 --words 一起使用：要统计哪些消息（missing、stale、machine、all）。
cli-status-opt-locale = 仅此区域设置（可重复）。
cli-status-opt-tm = 与 --words 一起使用：添加到翻译记忆库的 TMX 文件（可重复）。
exchange-error-catalog-syntax = { $path } 有语法错误，因此保持原样：{ $first }
exchange-error-references = { $path } 包含 Fluent 引用（{"{"} $variable {"}"}、{"{"} -term {"}"}）；重写它会将这些引用变成文本，因此保持原样。
exchange-error-file = { $place }：这不是 taskguide 可以读取的文件：{ $reason }
exchange-refused-unknown-document = 该区域设置没有此文档的目录
exchange-refused-unknown-message = 该文档没有这样的消息
exchange-refused-english-changed = 自创建该文件以来英文已更改；请重新导出并翻译：{ $current }
exchange-refused-unknown-code = 内联代码 { $id } 不是该单元的代码之一
exchange-refused-codes = 内联代码或占位符与英文不同（缺失：{ $missing }；英文中没有：{ $extra }）
exchange-no-document = 没有与 { $doc } 匹配的文档
export-done = 已将 { $documents } 个文档中的 { $units } 条消息写入 { $out }（{ $files } 个文件）
import-translations-refused = 未采用 { $doc } { $id }：{ $reason }
import-translations-doc = { $doc }：已添加 { $added } 条，已更新 { $updated } 条，{ $state } 条有新的审阅状态
import-translations-summary = { $catalogs } 个目录中有 { $messages } 条消息已更改；{ $unchanged } 条未更改，{ $refused } 条被拒绝，{ $untaken } 条未确认或为空
leverage-doc = { $doc }：已填充 { $count } 条
leverage-summary = { $locale }：已根据完全匹配填充 { $missing } 条缺失消息中的 { $filled } 条（标记为 { $mark }）；另有 { $fuzzy } 条只有模糊匹配，{ $none } 条没有匹配
words-total = 字数
words-new = 新增
words-repetition = 重复
words-all-documents = （所有文档）
words-counting = 字数：按 Unicode 单词边界统计，不含标记、URL 或代码；汉字、假名、泰文、老挝文、高棉文和缅甸文按字符计数。

## check: translation QA in every script (issue 14)
check-blank-translation = 译文为空或仅包含空白
check-untranslated = 未翻译的英文：“{ $text }”
check-empty-link-text = 指向 { $dest } 的链接没有文本：没有可单击的内容
check-url-altered = URL { $url } 已被更改：其中有空格或已翻译的单词
check-do-not-translate = “{ $term }”必须在译文中保持不变
check-term-mismatch = 术语表将“{ $source }”译为“{ $target }”，但译文未使用该译法
check-inconsistent-translation = 相同的英文有不同的译法：{ $variants }
check-inconsistent-source = 相同的译文用于不同的英文文本：{ $variants }
check-repeated-word = 单词“{ $word }”重复
check-unpaired-bracket = “{ $bracket }”没有配对的开始或结束符号
check-alphanumeric-mismatch = 译文中缺少源文本中的“{ $token }”
check-hint-blank-translation = 请翻译该文本；如果它必须保持原样，请复制源文本
check-hint-untranslated = 请翻译英文；如果此消息必须保留英文，请为其允许此代码
check-hint-empty-link-text = 在方括号之间写入链接文本：[文本](URL)
check-hint-url-altered = 请完全按照源文本复制 URL，不含空格，占位符保持不变
check-hint-do-not-translate = 请完全按照源文本书写产品名称，并使用拉丁数字
check-hint-term-mismatch = 请使用术语表中该术语的译法
check-hint-inconsistent-translation = 请选择一种译法并在各处使用，或在上下文不同时允许此代码
check-hint-inconsistent-source = 请检查每段英文文本是否分别翻译；含义不同时请使用不同的译法
check-hint-repeated-word = 请删除重复的单词
check-hint-unpaired-bracket = 请像源文本一样，闭合译文中打开的每个括号和引号
check-hint-alphanumeric-mismatch = 请完全按照源文本复制代码、SKU、错误编号和 KB 编号
check-summary-locale = 区域设置 { $locale }：{ $counts }
check-html-title = 翻译检查
check-html-summary = 按代码和区域设置列出的结果
check-html-code = 代码
check-html-place = 位置
check-html-message = 消息
check-html-source = 源
check-html-target = 目标
check-glossary-error = { $path }:{ $line }:{ $col }：{ $reason ->
    [columns] 术语表的每一行都需要源和目标（source,target,locale,note）
    [empty] 源术语或目标术语为空
    [header] 第一行必须是标题行 source,target,locale,note
    [csv] 无法读取 CSV 文件：{ $detail }
    [xml] 无法读取 TBX 文件：{ $detail }
   *[other] { $detail }
}
cli-check-opt-glossary = 术语表（TBX，或包含 source,target,locale,note 列的 CSV），译文必须使用其中的术语（可重复）

## leavers: 删除用户（软删除，30 天内可还原）、`store deleted`、`store restore`
store-error-not-supported = 存储 { $url } 无法{ $operation ->
        [delete] 删除
        [restore] 还原
       *[other] 列出已删除的
    }用户。删除、列出已删除用户和还原适用于 SQLite、内存和 Microsoft Graph 存储。
store-error-deleted-not-found = 没有可还原的已删除用户“{ $user }”：该用户从未被删除、已被还原，或已删除超过 30 天（已被永久删除）。请查看 `taskguide store deleted`。
store-error-delete-denied = Microsoft Graph 拒绝{ $operation ->
        [delete] 删除
        [restore] 还原
       *[other] 更改
    } { $user }：“{ $message }”删除和还原用户需要用户管理员角色（或特权身份验证管理员）以及 User.ReadWrite.All 权限；许可证管理员可以分配许可证，但不能删除用户。请联系拥有该角色的人员，或申请该角色，然后重试。
cli-store-deleted = 列出仍可还原（30 天内）的已删除用户及其原有的许可证。
cli-store-deleted-opt-format = 输出格式：text（表格），或使用 Graph 字段名的 json。
cli-store-restore = 还原已删除的用户及其许可证和组（如果没有可还原的用户，退出代码为 1）。
cli-store-restore-opt-user = 已删除用户的登录名或 ID（请参阅 `taskguide store deleted`）。
cli-store-restore-opt-dry_run = 显示还原将恢复的内容，但不执行还原。
store-deleted-none = 没有已删除的用户：过去 30 天内没有删除任何用户。
store-deleted-col-user = 用户
store-deleted-col-deleted = 删除时间
store-deleted-col-until = 可还原至
store-deleted-col-licenses = 原有许可证
store-deleted-count = 共 { $count } 个已删除用户；使用 `taskguide store restore <UPN>` 还原。
store-restore-over-seats = 已按 Microsoft 365 的方式还原其所有许可证，但 { $licenses } 的用户数现已超过许可证数：请从某个用户处删除一个许可证，或购买更多许可证。
wizard-delete-pick = 要删除的用户（一次最多 { $max } 个）：
wizard-delete-pick-help = 键入以筛选，按空格键选择或取消，完成后按 Enter，按 Esc 返回。
wizard-delete-review = 将删除以下 { $count } 个用户，他们将失去这些许可证：
wizard-delete-loses = • { $name } <{ $upn }>：将失去 { $licenses }
wizard-delete-seats = 之后的可用许可证：
wizard-delete-seat-line = { $license }：可用 { $available } 个，共 { $total } 个
wizard-delete-restorable = 已删除的用户可在 30 天内连同其许可证一起还原：`taskguide store restore <UPN>`，或撤消日志条目。
wizard-delete-dry-run = 试运行：将删除这 { $count } 个用户。未删除任何内容。
wizard-delete-type-upn = 若要删除，请键入登录名 { $upn }：
wizard-delete-type-count = 若要删除这些用户，请键入用户数（{ $count }）：
wizard-delete-type-help = 键入此内容可确保删除的是正确的用户。按 Esc 返回。
wizard-delete-type-empty = 请键入以删除，或按 Esc 返回。
wizard-delete-mismatch-upn = 你键入的是“{ $typed }”，而不是 { $upn }：未删除任何内容。
wizard-delete-mismatch-count = 你键入的是“{ $typed }”，但已选择 { $count } 个用户：未删除任何内容。请检查所选用户，然后键入其数量。
wizard-delete-col-user = 用户
wizard-delete-col-freed = 释放的许可证
wizard-delete-col-result = 结果
wizard-delete-ok = ✓ 已删除（30 天内可还原）
wizard-delete-failed = ✗ 未删除：{ $reason }
wizard-delete-done = 已删除 { $ok } 个用户，共 { $total } 个：
wizard-delete-journal = 日志条目 { $ids }；若要还原用户，请撤消其条目：taskguide store undo { $last }（共 { $count } 个）
wizard-delete-partial = 有 { $failed } 个用户未删除（原因见表格）；其他用户已删除，日志中恰好记录了他们的删除。
store-history-kind = { $kind ->
    [delete] 用户已删除（30 天内可还原）
   *[other] 用户已还原
}
wizard-delete-in-error = （另有来自组 { $group } 的 { $license }：该组未能分配此许可证，因此不会释放许可证）
## tasks: product flows searched on large directories, the live seat count
wizard-search-users = 查找要添加的用户（名称或登录名的一部分；完成后在空行上按 Enter）：
wizard-search-users-help = 会按你键入的内容搜索目录；已选中的用户保持选中。
wizard-search-users-done = 然后在空的搜索行上按 Enter 继续。
wizard-search-users-none = 没有匹配的用户。请尝试名称或登录名的一部分。
wizard-seats-now = 许可证：{ $line }
## site: the sitemap needs --base-url
site-error-base-url = --base-url { $url } 不是绝对的 http 或 https 地址（例如 https://help.example.com/docs）
site-no-sitemap = 注意：没有 --base-url 就不写入 sitemap.xml（站点地图中的地址必须是绝对地址）
## checkqa: CamelCase 和全大写单词，检查设置错误及其位置
check-cased-word-mismatch = 译文中缺少源文本中的“{ $word }”
check-hint-cased-word-mismatch = 产品、功能、设置和协议的名称（CamelCase、全大写）请按源文本原样保留，除非该语言有公认的本地形式
check-config-error-at = { $path }:{ $line }:{ $col }：检查设置无效：{ $reason }
check-config-unknown-code-at = { $path }:{ $line }:{ $col }：没有检查代码“{ $code }”；代码有：{ $known }
## store-err: a group license Microsoft Graph reports in error: Graph's error code, then the state in words
store-license-group-problem = { $group } ⚠ { $error }（{ $state ->
        [Error] 错误
        [ActiveWithError] 已生效但有错误
        [Disabled] 已禁用
       *[other] 已生效
    }）
