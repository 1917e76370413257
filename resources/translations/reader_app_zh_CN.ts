<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="46"/>
        <source>Program</source>
        <extracomment>The core reports in English; these are the titles, keys and one-word values it uses.</extracomment>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="47"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="48"/>
        <source>Runtime</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="49"/>
        <source>Portable mode</source>
        <translation>便携模式</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="50"/>
        <source>Library</source>
        <translation>期刊库</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="51"/>
        <source>Issues</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="52"/>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="53"/>
        <source>Folder (bundled)</source>
        <translation>文件夹（随程序附带）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="54"/>
        <source>Folder (user)</source>
        <translation>文件夹（用户）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="55"/>
        <source>Folder (read-only)</source>
        <translation>文件夹（只读）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="56"/>
        <source>Search index</source>
        <translation>检索索引</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="57"/>
        <source>Search thesaurus</source>
        <translation>检索词表</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="58"/>
        <source>Thesaurus file</source>
        <translation>词表文件</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="59"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="60"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="61"/>
        <source>Policy</source>
        <translation>机器策略</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="62"/>
        <source>Policy file</source>
        <translation>策略文件</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="63"/>
        <source>Public mode</source>
        <translation>公共工作站模式</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="64"/>
        <source>Idle reset</source>
        <translation>无操作复位</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="65"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="66"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="67"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="68"/>
        <source>External links</source>
        <translation>外部链接</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="69"/>
        <source>Publishes to</source>
        <translation>发布到</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="70"/>
        <source>Extra library folders</source>
        <translation>额外期刊文件夹</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="71"/>
        <source>Index location</source>
        <translation>索引位置</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="72"/>
        <source>Thesaurus folders</source>
        <translation>词表文件夹</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="73"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="74"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="75"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="76"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="77"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="78"/>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="79"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="80"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="81"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="82"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="83"/>
        <source>Statistics</source>
        <translation>使用统计</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="84"/>
        <source>Statistics folder</source>
        <translation>统计文件夹</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="85"/>
        <source>Statistics drop folder</source>
        <translation>统计汇总文件夹</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="86"/>
        <source>Reading lists folder</source>
        <translation>阅读清单文件夹</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="87"/>
        <source>Public log folder</source>
        <translation>公共模式日志文件夹</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="88"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="89"/>
        <source>Quit</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="90"/>
        <source>not opened yet</source>
        <translation>尚未打开</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="91"/>
        <source>building…</source>
        <translation>正在建立…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="92"/>
        <source>none (no policy file; defaults)</source>
        <translation>无（没有策略文件，使用默认设置）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="93"/>
        <source>user cache</source>
        <translation>用户缓存</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="94"/>
        <source>this session only (public workstation)</source>
        <translation>仅本次会话（公共终端）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="95"/>
        <source>this session only (the user folder cannot be written)</source>
        <translation>仅本次会话（用户文件夹不可写）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="96"/>
        <source>published on the shared library, read-only</source>
        <translation>发布在共享期刊库上，只读</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="97"/>
        <source>local copy of the shared library, read-only</source>
        <translation>共享期刊库的本地副本，只读</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="98"/>
        <source>set by the machine policy</source>
        <translation>由机器策略指定</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="99"/>
        <source>shipped with the app, read-only</source>
        <translation>随程序附带，只读</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="103"/>
        <source>from source</source>
        <extracomment>How the program runs (the core&apos;s runtime row: &quot;Python 3.11.7, from source, Linux&quot;).</extracomment>
        <translation>源代码运行</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="104"/>
        <source>frozen build</source>
        <translation>打包版</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="110"/>
        <source>%1 articles indexed</source>
        <extracomment>Values with a figure or a path in them: the core&apos;s English pattern → ours.</extracomment>
        <translation>已索引 %1 篇文章</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="112"/>
        <source>%1 — not reachable</source>
        <translation>%1 — 无法访问</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="115"/>
        <source>%1 — not created yet</source>
        <translation>%1 — 尚未创建</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="117"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="130"/>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="173"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="179"/>
        <source>Xinxi Zhaibian Reader</source>
        <translation>信息摘编阅读器</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="180"/>
        <source>Offline reader for the digest 《信息摘编》.</source>
        <translation>《信息摘编》离线阅读器。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="183"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="70"/>
        <source>&amp;Import Issue…</source>
        <extracomment>Every action of the window, in the order they are made (menus: Actions._build_menus).</extracomment>
        <translation>导入期刊(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="72"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="76"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="82"/>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="89"/>
        <source>Print &amp;Original Pages…</source>
        <translation>打印原版页面(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="95"/>
        <source>Export Original Pages as P&amp;DF…</source>
        <translation>将原版页面导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="101"/>
        <source>Print Selected &amp;Articles…</source>
        <translation>打印所选文章(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="107"/>
        <source>Export Selected Articles as PD&amp;F…</source>
        <translation>将所选文章导出为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="112"/>
        <source>&amp;Compilation (Word or PDF)…</source>
        <translation>专题汇编（Word 或 PDF）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="116"/>
        <source>Reading-Room &amp;Statistics…</source>
        <translation>阅览室统计(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="118"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="121"/>
        <source>Copy &amp;Citation</source>
        <translation>复制引文(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="125"/>
        <source>Copy &amp;Link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="128"/>
        <source>Copy as &amp;RIS (Zotero, EndNote)</source>
        <translation>复制为 RIS（Zotero、EndNote）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="131"/>
        <source>Copy as Bib&amp;TeX</source>
        <translation>复制为 BibTeX(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="134"/>
        <source>Export Citatio&amp;n (RIS, BibTeX)…</source>
        <translation>导出引文（RIS、BibTeX）(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="138"/>
        <source>GB/T 7714—&amp;2025</source>
        <translation>GB/T 7714—2025(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="141"/>
        <source>GB/T 7714—20&amp;15 (previous edition)</source>
        <translation>GB/T 7714—2015（旧版）(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="144"/>
        <source>&amp;Find in Article…</source>
        <translation>文内查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="145"/>
        <source>&amp;Search…</source>
        <translation>检索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="146"/>
        <source>&amp;Next Match</source>
        <translation>下一处(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="147"/>
        <source>Pre&amp;vious Match</source>
        <translation>上一处(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="148"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="151"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="156"/>
        <source>Next &amp;Pane</source>
        <translation>下一窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="157"/>
        <source>Previous Pa&amp;ne</source>
        <translation>上一窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="158"/>
        <source>P&amp;revious Article</source>
        <translation>上一篇(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="159"/>
        <source>N&amp;ext Article</source>
        <translation>下一篇(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="160"/>
        <source>&amp;Go to Page…</source>
        <translation>跳转到页码(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="168"/>
        <source>Show &amp;Bookmarks</source>
        <translation>显示收藏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="169"/>
        <source>S&amp;how Library</source>
        <translation>显示目录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="171"/>
        <source>Show &amp;Reading Lists</source>
        <translation>显示书单(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="175"/>
        <source>&amp;Read Aloud</source>
        <translation>朗读(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="181"/>
        <source>Zoom O&amp;ut</source>
        <translation>缩小(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="180"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="163"/>
        <source>Book&amp;mark This Article</source>
        <translation>收藏本文(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="182"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="183"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="186"/>
        <source>&amp;Original Pages</source>
        <translation>原版页面(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="191"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="192"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="193"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="194"/>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="197"/>
        <source>Large T&amp;ype and High Contrast</source>
        <translation>大字与高对比度（适老化）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="203"/>
        <source>Extra-Large &amp;Pointer</source>
        <translation>超大鼠标指针(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="207"/>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="208"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="215"/>
        <source>&amp;File</source>
        <extracomment>The Language menu&apos;s choices (one per UI language): the policy may fix the language; they are then disabled, not hidden, so the menu still shows the language in force.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="216"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="217"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="218"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="219"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="220"/>
        <source>Citation St&amp;yle</source>
        <translation>引文格式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="221"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="222"/>
        <source>&amp;Bookmarks</source>
        <translation>收藏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="223"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="29"/>
        <source>The date %1 lies outside this issue&apos;s collection period %2 – %3.</source>
        <translation>日期 %1 不在本期收录时段 %2 – %3 之内（原刊如此）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="41"/>
        <source>Editor-in-chief</source>
        <extracomment>Masthead roles as printed → their English names (the Chinese UI shows them as printed).</extracomment>
        <translation>主编</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="42"/>
        <source>Deputy editor-in-chief</source>
        <translation>副主编</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="43"/>
        <source>Executive editor</source>
        <translation>执行主编</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="44"/>
        <source>Editor in charge</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="45"/>
        <source>Editors</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="67"/>
        <source>page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="87"/>
        <source>Note on the original:</source>
        <translation>原刊提示：</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="98"/>
        <source>Original article</source>
        <translation>原文链接</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="100"/>
        <source>Scan the code to open it on a phone</source>
        <translation>用手机扫码打开</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="125"/>
        <source>Collection period</source>
        <translation>收录时段</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="128"/>
        <source>Compiled by</source>
        <translation>编印单位</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="136"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>BatchOutput</name>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="83"/>
        <source>Select articles in the library, search, or choose a reading list first.</source>
        <translation>请先在期刊目录中选择文章、进行检索或选择一个书单。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="111"/>
        <location filename="../../reader_app/output/batchoutput.py" line="121"/>
        <source>No articles to print.</source>
        <translation>没有可打印的文章。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="127"/>
        <source>Export Articles as PDF</source>
        <translation>将文章导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="129"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="139"/>
        <source>Saved %1 (%2 articles, %3 pages)</source>
        <translation>已导出到 %1（%2 篇文章，%3 页）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="158"/>
        <source>Saved %1 (%2 articles)</source>
        <translation>已导出到 %1（%2 篇文章）</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/batchoutput.py" line="45"/>
        <location filename="../../reader_app/output/batchoutput.py" line="54"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/batchoutput.py" line="47"/>
        <source>%1 articles</source>
        <translation>共 %1 篇文章</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/batchoutput.py" line="164"/>
        <source>Reading list</source>
        <translation>书单</translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location filename="../../reader_app/gui/library/bookmarks.py" line="114"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/bookmarks.py" line="115"/>
        <source>&amp;Remove Bookmark</source>
        <translation>取消收藏(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Compilation</name>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="84"/>
        <location filename="../../reader_app/output/compilelabels.py" line="91"/>
        <source>Editor&apos;s note: </source>
        <translation>编者按：</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="22"/>
        <source>Compiled by: %1</source>
        <translation>编印单位：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="28"/>
        <source>Compiler: %1</source>
        <translation>编者：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="34"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="38"/>
        <source>Period: %1</source>
        <translation>收录时段：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="40"/>
        <source>Articles: %1</source>
        <translation>收录文章：%1 篇</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="43"/>
        <source>Made on: %1</source>
        <translation>编印日期：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="61"/>
        <source>Search: %1 – %2 articles</source>
        <translation>检索：%1 – %2 篇</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="69"/>
        <source>%1 and others, %2 articles</source>
        <translation>%1 等 %2 篇</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="73"/>
        <location filename="../../reader_app/output/compilelabels.py" line="86"/>
        <source>Compilation</source>
        <translation>专题资料汇编</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="404"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="438"/>
        <source>Note on the original: </source>
        <translation>原文说明：</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="445"/>
        <source>Abstract: </source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="450"/>
        <source>Keywords: </source>
        <translation>关键词：</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="456"/>
        <source>Attachment: </source>
        <translation>附：</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="460"/>
        <source>Original article: </source>
        <translation>原文链接：</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="465"/>
        <source>Reference: </source>
        <translation>参考文献：</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="606"/>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="619"/>
        <source>No articles to compile.</source>
        <translation>没有可汇编的文章。</translation>
    </message>
</context>
<context>
    <name>CompileDialog</name>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="77"/>
        <source>As listed</source>
        <translation>按书单顺序</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="78"/>
        <source>By date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="79"/>
        <source>By issue and section</source>
        <translation>按期次和栏目</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="80"/>
        <source>By hand</source>
        <translation>手动排序</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="90"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="91"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="92"/>
        <source>Save as &amp;Word…</source>
        <translation>保存为 Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="94"/>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="102"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="103"/>
        <source>Compiled &amp;by:</source>
        <translation>编印单位(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="104"/>
        <source>Co&amp;mpiler:</source>
        <translation>编者(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="105"/>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="113"/>
        <source>Contents:</source>
        <translation>目录预览：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="119"/>
        <source>Compilation</source>
        <translation>专题资料汇编</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="169"/>
        <source>Note:</source>
        <translation>编者按：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="203"/>
        <source>Exports are turned off on this machine.</source>
        <translation>本机已关闭导出。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="226"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="228"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="234"/>
        <source>Save Compilation</source>
        <translation>保存专题汇编</translation>
    </message>
</context>
<context>
    <name>ExpansionBar</name>
    <message>
        <location filename="../../reader_app/gui/search/expansionbar.py" line="47"/>
        <location filename="../../reader_app/gui/search/expansionbar.py" line="50"/>
        <source>Also searched:</source>
        <translation>也检索了：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/expansionbar.py" line="49"/>
        <source>Click a term to search again without it</source>
        <translation>点击某个词，去掉它重新检索</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="57"/>
        <location filename="../../reader_app/gui/reading/findbar.py" line="58"/>
        <source>Find in article</source>
        <translation>在文中查找</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="59"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="60"/>
        <source>Previous match</source>
        <translation>上一处</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="61"/>
        <source>Next match (F3)</source>
        <translation>下一处 (F3)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="62"/>
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="63"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="64"/>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="84"/>
        <source>Hits for “%1”:</source>
        <translation>“%1”的命中：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="92"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>GoToPageDialog</name>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="33"/>
        <source>Go to Page</source>
        <translation>跳转到页码</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="35"/>
        <source>Issue</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="41"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="55"/>
        <source>&amp;Issue:</source>
        <translation>期次(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="56"/>
        <source>&amp;Page:</source>
        <translation>页码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="71"/>
        <source>This issue has pages %1–%2.</source>
        <translation>本期共第 %1–%2 页。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="42"/>
        <source>“%1” has no source line (outlet and date)</source>
        <extracomment>Import warnings by code (core/importer/report.py: a Message keyed by the code): the wording, and the message&apos;s values that stand for %1, %2... The CLI words the same codes in reader_app/cli/text.py.</extracomment>
        <translation>“%1”没有出处行（媒体和日期）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="43"/>
        <source>“%1” has no original URL</source>
        <translation>“%1”没有原文链接</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="44"/>
        <source>“%1” has no text</source>
        <translation>“%1”没有正文</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="45"/>
        <source>“%1” ends in the middle of a sentence; check the raw text</source>
        <translation>“%1”在句子中间结束，请核对原始文本</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="46"/>
        <source>article “%1” is not in the table of contents</source>
        <translation>文章“%1”不在目录中</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="47"/>
        <source>TOC entry “%1” (page %2) has no article in the body</source>
        <translation>目录条目“%1”（第%2页）在正文中找不到对应文章</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="48"/>
        <source>%1 “%2”: control characters removed; check the raw text</source>
        <translation>%1“%2”：已删除控制字符，请核对原始文本</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="49"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="50"/>
        <source>the file ends in the middle of a character: line %1 was cut short; check that the whole issue was exported</source>
        <translation>文件在一个字符中间结束：第 %1 行被截断；请检查整期是否完整导出</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="51"/>
        <source>the masthead gives no collection period (搜集时间)</source>
        <translation>刊头没有给出搜集时间</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="52"/>
        <source>图书推荐 lists no book with 书名</source>
        <translation>图书推荐中没有带书名的图书</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="53"/>
        <source>“%1” at line %2 repeats the article at line %3 word for word; both were kept: delete one copy from the raw text, import it again and tick “Replace the issue already in the library”</source>
        <translation>第 %2 行的“%1”与第 %3 行的文章一字不差；两篇都已保留：请从原始文本中删去一篇，再次导入并勾选“替换库中已有的这一期”</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="54"/>
        <source>“%1” starts on printed page %2, the table of contents says %3; page %2 is kept</source>
        <translation>“%1”从印刷页第 %2 页开始，目录写的是第 %3 页；保留第 %2 页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="55"/>
        <source>“%1”: staff&apos;s hand correction kept over the new recognition</source>
        <translation>“%1”：保留了工作人员的手工校正，未用新识别结果覆盖</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="56"/>
        <source>recognition unsure (%1 %) of the line “%2”: check it against the scan</source>
        <translation>识别把握不大（%1 %）的一行“%2”：请对照扫描页核对</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="57"/>
        <source>the page footers start again at PDF page %1; the pages are numbered %2–%3 as the table of contents numbers them, each footer&apos;s own number is kept beside it</source>
        <translation>页脚页码在 PDF 第 %1 页重新开始；各页按目录编为第 %2–%3 页，页脚本身的页码一并保留</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="61"/>
        <source>Page differs from the table of contents</source>
        <extracomment>Each kind of warning as the head of its group in the report&apos;s tree (&quot;… × 62&quot;).</extracomment>
        <translation>页码与目录不符</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="62"/>
        <source>Article not in the table of contents</source>
        <translation>文章不在目录中</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="63"/>
        <source>Contents entry without an article</source>
        <translation>目录条目没有对应文章</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="64"/>
        <source>Article repeated word for word</source>
        <translation>文章重复</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="65"/>
        <source>Date outside the collection period</source>
        <translation>日期在收录期之外</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="66"/>
        <source>No original URL</source>
        <translation>没有原文链接</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="67"/>
        <source>No source line</source>
        <translation>没有来源行</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="68"/>
        <source>Article without text</source>
        <translation>文章没有正文</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="69"/>
        <source>Ends in the middle of a sentence</source>
        <translation>在句子中间结束</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="70"/>
        <source>File cut in the middle of a character</source>
        <translation>文件在字符中间截断</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="71"/>
        <source>No collection period</source>
        <translation>没有收录时段</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="72"/>
        <source>No book in 图书推荐</source>
        <translation>图书推荐中没有图书</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="73"/>
        <source>Control characters removed</source>
        <translation>已删除控制字符</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="74"/>
        <source>Hand correction kept</source>
        <translation>保留了人工校正</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="75"/>
        <source>Recognition unsure</source>
        <translation>识别没有把握</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="76"/>
        <source>Page footers restart</source>
        <translation>页脚页码重新开始</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="80"/>
        <source>title</source>
        <extracomment>What a cleaned field is (``control-characters``&apos;s &quot;what&quot;).</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="81"/>
        <source>book title</source>
        <translation>书名</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="82"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="83"/>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="101"/>
        <location filename="../../reader_app/gui/library/importdialog.py" line="204"/>
        <source>a warning (%1)</source>
        <translation>一条提示（%1）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="109"/>
        <source>PDF page %1</source>
        <translation>PDF 第 %1 页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="113"/>
        <source> (printed page %1)</source>
        <translation>（印刷页第 %1 页）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="123"/>
        <source>the title in the text “%1” differs from the contents line “%2”.</source>
        <translation>正文标题“%1”与目录中的“%2”不一致。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="129"/>
        <source>page %1: </source>
        <translation>第%1页：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="132"/>
        <source>Covers the same period as %1, already in the library.</source>
        <translation>收录时段与馆藏中的%1相同。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="136"/>
        <source>Shares %1 article titles with %2, already in the library: is it the same issue?</source>
        <translation>与馆藏中的%2有 %1 篇文章标题相同：是否为同一期？</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="148"/>
        <source>Please check before importing</source>
        <translation>导入前请核对</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="160"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="163"/>
        <source>Entries per section</source>
        <translation>各栏目条目数</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="164"/>
        <source>%1 entries in all</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="191"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="182"/>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="176"/>
        <source>%1 warnings of %2 kinds, listed below</source>
        <translation>共 %1 条警告，%2 类，见下方</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="229"/>
        <source>Import Issue</source>
        <translation>导入期刊</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="236"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="241"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="246"/>
        <source>Import warnings by kind</source>
        <translation>按类别分组的导入警告</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="248"/>
        <source>Replace the issue already in the library</source>
        <translation>替换库中已有的这一期</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="253"/>
        <source>Text recognition</source>
        <translation>文字识别</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="258"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="297"/>
        <source>This PDF is a scan: recognising its text, %1 pages…</source>
        <translation>此 PDF 为扫描版：正在识别文字，共 %1 页…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="303"/>
        <source>Recognising page %1 of %2, about %3 min left</source>
        <translation>正在识别第 %1 页，共 %2 页，约剩 %3 分钟</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="309"/>
        <source>Recognised %1 pages; reading the issue…</source>
        <translation>已识别 %1 页，正在分析本期内容…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="324"/>
        <source>This issue is already in the library.</source>
        <translation>库中已有这一期。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="327"/>
        <source>Nothing has been added yet. Import this issue?</source>
        <translation>尚未添加任何内容。要导入这一期吗？</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="336"/>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation>此文件无法导入；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="349"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader_app/gui/library/librarymodel.py" line="290"/>
        <source>page %1</source>
        <extracomment>id -&gt; (is an article, its issue&apos;s node), built on the first index_of</extracomment>
        <translation>第%1页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/librarymodel.py" line="300"/>
        <source>%1 articles</source>
        <translation>%1 篇</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="223"/>
        <source>Copied from the printed page.</source>
        <translation>已从原版页面复制。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="316"/>
        <source>The library is empty</source>
        <translation>馆藏为空</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="317"/>
        <source>Use File → Import Issue… to add an issue.</source>
        <translation>请用“文件 → 导入期刊…”添加期刊。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="322"/>
        <source>Preparing search…</source>
        <translation>正在准备检索…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="360"/>
        <source>%1 articles in %2 issues; search is ready.</source>
        <translation>共 %2 期 %1 篇，检索已就绪。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="367"/>
        <source>The search index is out of date: another program is updating it.</source>
        <translation>检索索引不是最新的：另一个程序正在更新它。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="371"/>
        <source>The search index is out of date: the last publish on the shared library did not finish, so its newest issues may not be found.</source>
        <translation>检索索引不是最新的：共享期刊库上次发布未完成，最新的期刊可能检索不到。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="376"/>
        <source>The search index is out of date: its folder cannot be written, so recent changes may not be found.</source>
        <translation>检索索引不是最新的：索引文件夹无法写入，最近的更改可能检索不到。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="421"/>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="458"/>
        <source>Search is not available.</source>
        <translation>检索暂不可用。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="433"/>
        <source>Xinxi Zhaibian Reader</source>
        <translation>《信息摘编》阅读器</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="658"/>
        <source>There is no page %1: this issue has pages %2–%3.</source>
        <translation>没有第 %1 页：本期为第 %2–%3 页。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="692"/>
        <source>Bookmarked: %1</source>
        <translation>已收藏：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="692"/>
        <source>Bookmark removed: %1</source>
        <translation>已取消收藏：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="864"/>
        <source>Issue PDF or text (*.pdf *.txt);;All files (*)</source>
        <translation>期刊 PDF 或文本 (*.pdf *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="874"/>
        <source>Replaced %1 (%2 articles)</source>
        <translation>已替换 %1（%2 篇）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="876"/>
        <source>Imported %1 (%2 articles)</source>
        <translation>已导入 %1（%2 篇）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/librarypage.py" line="76"/>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="442"/>
        <source>Library</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="443"/>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="444"/>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="448"/>
        <source>Bookmarks</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="445"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="445"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/librarypage.py" line="72"/>
        <source>Filter titles…</source>
        <translation>按标题筛选…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/librarypage.py" line="74"/>
        <source>Filter the library</source>
        <translation>筛选目录</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/access.py" line="79"/>
        <source>Large type and high contrast: on</source>
        <extracomment>The extra-large pointer&apos;s height in pixels (desktop arrows are 24-32).</extracomment>
        <translation>大字与高对比度（适老化）：已开启</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/access.py" line="81"/>
        <source>Large type and high contrast: off</source>
        <translation>大字与高对比度（适老化）：已关闭</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/access.py" line="143"/>
        <source>Article: %1</source>
        <translation>文章：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/access.py" line="147"/>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="447"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/access.py" line="150"/>
        <source>Headings: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="449"/>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="450"/>
        <source>Library, search and bookmarks</source>
        <translation>目录、检索和收藏</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="469"/>
        <source>⚠ %1 problem(s) in the library</source>
        <translation>⚠ 资料库中有 %1 处问题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="664"/>
        <source>No article on page %1.</source>
        <translation>第 %1 页没有文章。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="743"/>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/citing.py" line="71"/>
        <source>Citation copied: %1</source>
        <translation>已复制引文：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/citing.py" line="81"/>
        <source>Copied as %1.</source>
        <translation>已复制为 %1。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/citing.py" line="102"/>
        <source>RIS for Zotero, EndNote (*.ris)</source>
        <translation>RIS，用于 Zotero、EndNote (*.ris)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/citing.py" line="103"/>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/citing.py" line="106"/>
        <source>Export Citation</source>
        <translation>导出引文</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="36"/>
        <source>Link copied.</source>
        <translation>已复制链接。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="56"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="80"/>
        <source>Export Original Pages</source>
        <translation>导出原版页面</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="82"/>
        <location filename="../../reader_app/gui/export/output.py" line="58"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="89"/>
        <source>The pages cannot be exported: %1</source>
        <translation>无法导出这些页面：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="108"/>
        <source>The pages cannot be printed: %1</source>
        <translation>无法打印这些页面：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="94"/>
        <location filename="../../reader_app/gui/export/output.py" line="67"/>
        <location filename="../../reader_app/gui/reading/citing.py" line="121"/>
        <source>Saved %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="116"/>
        <source>Saved %1 (%2 pages)</source>
        <translation>已导出到 %1（%2 页）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="123"/>
        <source>Sent to the printer: %1 (%2 pages)</source>
        <translation>已送打印机：%1（%2 页）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="135"/>
        <source>External links are turned off here.</source>
        <translation>本机已关闭外部链接。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="139"/>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="140"/>
        <source>Open this address in the web browser?

%1</source>
        <translation>在浏览器中打开这个网址吗？

%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="862"/>
        <source>Import Issue</source>
        <translation>导入期刊</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="81"/>
        <source>These parts of the library could not be read and are not shown; everything else is. Importing a damaged issue again repairs it.

%1</source>
        <translation>资料库中以下部分无法读取，未予显示；其余内容照常显示。重新导入受损的那一期即可修复。

%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="82"/>
        <source>Library problems</source>
        <translation>资料库问题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/services.py" line="92"/>
        <source>Topics</source>
        <translation>定题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/services.py" line="97"/>
        <source>Recommended</source>
        <translation>馆员推荐</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/services.py" line="100"/>
        <source>Lists</source>
        <translation>书单</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/services.py" line="125"/>
        <source>Statistics are switched off on this machine.</source>
        <translation>本机已关闭统计。</translation>
    </message>
</context>
<context>
    <name>OriginalView</name>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="483"/>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="484"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="485"/>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="486"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="487"/>
        <source>Page</source>
        <translation>第</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="488"/>
        <source>Printed page number</source>
        <translation>印刷页码</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="489"/>
        <source>Type a printed page number and press Enter</source>
        <translation>输入印刷页码，按回车键前往</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="490"/>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="491"/>
        <source>Fit the page&apos;s width</source>
        <translation>页面宽度适合窗口</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="492"/>
        <source>Fit Page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="493"/>
        <source>Fit the whole page</source>
        <translation>整页适合窗口</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="494"/>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="495"/>
        <source>Show the page thumbnails</source>
        <translation>显示页面缩略图</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="496"/>
        <source>Page thumbnails</source>
        <translation>页面缩略图</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="497"/>
        <source>Text View</source>
        <translation>文字版</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="498"/>
        <location filename="../../reader_app/gui/reading/originalview.py" line="500"/>
        <source>Back to the text view</source>
        <translation>回到文字版</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="499"/>
        <source>Show the Text</source>
        <translation>查看文字版</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="501"/>
        <source>Printed page</source>
        <translation>原版页面</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="502"/>
        <source>Original pages</source>
        <translation>原版页面</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="635"/>
        <source>There is no printed page %1.</source>
        <translation>本期没有第 %1 页。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="659"/>
        <source>PDF %1</source>
        <translation>PDF %1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="784"/>
        <source>This page cannot be shown: %1</source>
        <translation>无法显示此页：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="859"/>
        <source>p. %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="861"/>
        <source>PDF page %1</source>
        <translation>PDF 第 %1 页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="874"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="877"/>
        <source>Copy with Citation</source>
        <translation>复制并附引用</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="880"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="890"/>
        <source>Open an article to see its printed pages.</source>
        <translation>请先打开一篇文章，再查看它的原版页面。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="894"/>
        <source>This article has no original pages: its issue was imported as text. The text view shows all of it.</source>
        <translation>本文没有原版页面（该期以文本导入）。文字版包含全文。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="902"/>
        <source>The issue&apos;s PDF does not say on which pages this article is printed. The text view shows all of it.</source>
        <translation>该期 PDF 的页码对照中没有本文所在的页面。文字版包含全文。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="913"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="915"/>
        <source>Unnumbered page</source>
        <translation>无页码页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="918"/>
        <source>(footer: %1)</source>
        <translation>（页脚：第 %1 页）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="922"/>
        <source>%1 · PDF page %2 · %3 of %4 · %5%</source>
        <translation>%1 · PDF 第 %2 页 · 本文第 %3/%4 页 · %5%</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="927"/>
        <source>%1 · PDF page %2 · %5%</source>
        <translation>%1 · PDF 第 %2 页 · %5%</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="936"/>
        <source>of %1</source>
        <translation>页 / 共 %1 页</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reader_app/output/printing.py" line="42"/>
        <source>page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="119"/>
        <location filename="../../reader_app/output/printing.py" line="160"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="20"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="21"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="23"/>
        <source>Page &amp;Set:</source>
        <translation>页面集(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../reader_app/gui/export/printpreview.py" line="69"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="22"/>
        <source>Page &amp;Set:</source>
        <translation>页面集(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="14"/>
        <source>Left</source>
        <translation>←</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="15"/>
        <source>Right</source>
        <translation>→</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="16"/>
        <source>Up</source>
        <translation>↑</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="17"/>
        <source>Down</source>
        <translation>↓</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="98"/>
        <source>Open an article to read it aloud.</source>
        <translation>请先打开一篇文章，再朗读。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="102"/>
        <source>No Chinese voice is installed on this computer: nothing can be read aloud. Ask staff to install one (Windows: a zh-CN speech voice; Linux: espeak-ng).</source>
        <translation>本机没有安装中文语音，无法朗读。请联系馆员安装（Windows：中文（简体）语音包；Linux：espeak-ng）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="109"/>
        <source>This article has no text to read.</source>
        <translation>这篇文章没有可朗读的文字。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="145"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="146"/>
        <source>Spee&amp;d:</source>
        <translation>速度(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="147"/>
        <source>Reading speed</source>
        <translation>朗读速度</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="148"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="179"/>
        <source>Finished reading the article.</source>
        <translation>全文已朗读完毕。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="184"/>
        <source>The voice stopped with an error; see the log.</source>
        <translation>语音出错，已停止；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="198"/>
        <source>Reading sentence %1 of %2</source>
        <translation>正在朗读第 %1 句，共 %2 句</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="200"/>
        <source>Paused at sentence %1 of %2</source>
        <translation>已暂停在第 %1 句，共 %2 句</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="213"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="213"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ReadingListModel</name>
    <message>
        <location filename="../../reader_app/gui/room/readinglistmodel.py" line="54"/>
        <source> (not in this library)</source>
        <translation>（本馆无此文章）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistmodel.py" line="78"/>
        <source>This article is not in this library: the list was made for another library, or its issue has been removed.</source>
        <translation>本馆没有这篇文章：这个书单是为别的图书馆编的，或者这篇文章所在的一期已被移除。</translation>
    </message>
</context>
<context>
    <name>ReadingListPanel</name>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="160"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="161"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="162"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="163"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="164"/>
        <source>&amp;Add Current Article</source>
        <translation>加入当前文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="165"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="166"/>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="167"/>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="168"/>
        <source>&amp;Print List…</source>
        <translation>打印书单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="169"/>
        <source>Articles as PDF…</source>
        <translation>文章导出为 PDF…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="170"/>
        <source>&amp;Compile…</source>
        <translation>汇编(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="174"/>
        <source>Reading list</source>
        <translation>书单</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="175"/>
        <source>Articles of the reading list</source>
        <translation>书单中的文章</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="176"/>
        <source>N&amp;ote on the selected article:</source>
        <translation>所选文章的推荐语(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="177"/>
        <source>Why this article is worth reading</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="178"/>
        <source>Recommended by the library (read only)</source>
        <translation>馆员推荐（只读）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="209"/>
        <source> (recommended)</source>
        <translation>（馆员推荐）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="293"/>
        <source>New Reading List</source>
        <translation>新建书单</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="293"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="302"/>
        <source>Delete Reading List</source>
        <translation>删除书单</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="303"/>
        <source>Delete the reading list “%1”?</source>
        <translation>删除书单“%1”？</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="380"/>
        <source>Import Reading List</source>
        <translation>导入书单</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="380"/>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="399"/>
        <source>Reading list (*.json)</source>
        <translation>书单 (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="397"/>
        <source>Export Reading List</source>
        <translation>导出书单</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="422"/>
        <source>%1 of the %2 articles of this list are not in the shared library; workstations will show them as not in this library:</source>
        <translation>这个书单的 %2 篇文章中有 %1 篇不在共享期刊库中，各工作站将把它们显示为“本馆无此文章”：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="429"/>
        <source>Articles Missing from the Shared Library</source>
        <translation>共享期刊库缺少书单中的文章</translation>
    </message>
</context>
<context>
    <name>RelatedBar</name>
    <message>
        <location filename="../../reader_app/gui/reading/relatedbar.py" line="39"/>
        <location filename="../../reader_app/gui/reading/relatedbar.py" line="40"/>
        <source>Related articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/relatedbar.py" line="69"/>
        <source>Reprinted in %1: %2</source>
        <translation>转载（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/relatedbar.py" line="70"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/relatedbar.py" line="72"/>
        <source>%1 (%2) · in common: %3</source>
        <translation>%1（%2）· 共同：%3</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="204"/>
        <source>Search all issues (Ctrl+K)</source>
        <translation>检索全部期刊 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="205"/>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="206"/>
        <source>Search results</source>
        <translation>检索结果</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="208"/>
        <source>&amp;Issue:</source>
        <translation>期次(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="210"/>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="211"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="212"/>
        <source>S&amp;ort:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="220"/>
        <source>Relevance</source>
        <translation>按相关度</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="221"/>
        <source>Newest first</source>
        <translation>按日期（新→旧）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="222"/>
        <source>Oldest first</source>
        <translation>按日期（旧→新）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="224"/>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="225"/>
        <source>Also search related terms</source>
        <translation>同时检索相关词（简称、全称、近义词）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="227"/>
        <source>Abbreviations, full forms and related terms, listed after exact hits</source>
        <translation>简称、全称和相关词的结果排在原词结果之后</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="230"/>
        <source>Show matches per issue</source>
        <translation>显示各期热度</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="232"/>
        <source>A bar per issue: its matches per 100 articles; click a bar to see that issue</source>
        <translation>每期一根柱：每百篇的命中数；点击柱子只看该期</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="234"/>
        <source>Matches per issue</source>
        <translation>各期热度</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="236"/>
        <source>%1: %2 of %3 articles</source>
        <translation>%1：%3 篇中 %2 篇</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="209"/>
        <source>Sec&amp;tion:</source>
        <translation>栏目(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="241"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="242"/>
        <source>Search all issues, sections, sources and dates</source>
        <translation>在全部期次、栏目、来源和日期中检索</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="245"/>
        <source>Choose a month, or type a day such as 2022-11-21 and press Enter</source>
        <translation>选择月份，或输入具体日期（如 2022-11-21）后按回车</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="414"/>
        <source>Search failed: %1</source>
        <translation>检索失败：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="455"/>
        <source>%1 results (%2 ms)</source>
        <translation>找到 %1 条结果（%2 毫秒）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="461"/>
        <source>filtered</source>
        <translation>已筛选</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="474"/>
        <source>Nothing found with the chosen filters.</source>
        <translation>在所选筛选条件下没有结果。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="475"/>
        <source>Clear the filters to search everything.</source>
        <translation>清除筛选即可检索全部内容。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="488"/>
        <source>Nothing found for %1.</source>
        <translation>没有找到 %1。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="490"/>
        <source>Did you mean: %1</source>
        <translation>您是不是要找：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="491"/>
        <source>Try:</source>
        <translation>可以试试：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="514"/>
        <source>All issues</source>
        <translation>全部期次</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="515"/>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="516"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="517"/>
        <source>Earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="518"/>
        <source>Latest</source>
        <translation>最近</translation>
    </message>
</context>
<context>
    <name>SearchText</name>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="28"/>
        <source>the query is too long; only its first %1 characters are used</source>
        <translation>查询过长，只用前%1个字符</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="31"/>
        <source>brackets are not supported and were ignored</source>
        <translation>不支持括号分组，已忽略括号</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="32"/>
        <source>an unclosed quote: read as plain words</source>
        <translation>引号未闭合，按普通词处理</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="33"/>
        <source>wildcards are not supported: * and ? were ignored</source>
        <translation>不支持通配符，已忽略 * 和 ?</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="34"/>
        <source>nothing after a field prefix; ignored</source>
        <translation>字段前缀后没有内容，已忽略</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="35"/>
        <source>ignored characters that cannot be searched: “%1”</source>
        <translation>忽略了无法查找的字符“%1”</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="36"/>
        <source>OR needs a word on each side; ignored</source>
        <translation>OR 两边需要各有一个词，已忽略</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="37"/>
        <source>OR is followed by an excluded word; read as an exclusion</source>
        <translation>OR 后面是排除词，已按排除处理</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="38"/>
        <source>only excluded words: at least one word to find is needed</source>
        <translation>只有排除词，需要至少一个要查找的词</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="41"/>
        <source>the search was stopped after %1 s; results may be incomplete</source>
        <translation>查询超过%1秒被中止，结果可能不完整</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="42"/>
        <source>Type a word to look for, e.g. 5G</source>
        <translation>请输入要查找的词，例如「跨境电商」或「5G」</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="43"/>
        <source>Remove the filters (issue, section, source, dates) and try again</source>
        <translation>去掉筛选条件（期、栏目、来源、日期）再试</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="44"/>
        <source>Remove the excluded words and try again</source>
        <translation>去掉排除词再试</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="45"/>
        <source>Remove the quotes to search for the words</source>
        <translation>去掉引号，按普通词查找</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="46"/>
        <source>Use fewer words, e.g. only “%1”</source>
        <translation>减少词语，例如只查「%1」</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="47"/>
        <source>Search all fields for “%1”</source>
        <translation>不限字段，直接查「%1」</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="48"/>
        <source>Try a shorter word, e.g. “%1” or “%2”</source>
        <translation>试试更短的词，例如「%1」或「%2」</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="49"/>
        <source>Say it another way, or check for typing errors</source>
        <translation>换一个说法，或检查是否有错别字</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="50"/>
        <source>The search index is not available; try again later</source>
        <translation>搜索索引不可用，请稍后再试</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="51"/>
        <source>Building the search index…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="52"/>
        <source>Indexing %1</source>
        <translation>正在索引 %1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="53"/>
        <source>Indexed %1</source>
        <translation>已索引 %1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="54"/>
        <source>Writing the search index…</source>
        <translation>正在写入索引…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="55"/>
        <source>The search index is built</source>
        <translation>索引已建好</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="56"/>
        <source>The search index is up to date</source>
        <translation>索引已更新</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="63"/>
        <source>title</source>
        <extracomment>Messages whose words are quoted here (the template holds no quotes of its own).</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="64"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="65"/>
        <source>section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="103"/>
        <source>the exact phrase “%1”</source>
        <translation>精确短语“%1”</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="82"/>
        <location filename="../../reader_app/gui/search/searchtext.py" line="105"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="39"/>
        <source>no article contains %1; these contain most of %2</source>
        <translation>没有文章包含%1，以下文章包含其中大部分：%2</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="40"/>
        <source>no article contains %1; found articles containing %2</source>
        <translation>没有文章包含%1，找到包含%2的文章</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="108"/>
        <source>%1 contains %2</source>
        <translation>%1含%2</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="118"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="121"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="124"/>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="126"/>
        <source>(no words to search for)</source>
        <translation>（没有可查找的词）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="130"/>
        <source>, not %1</source>
        <translation>，不含%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="88"/>
        <location filename="../../reader_app/gui/search/searchtext.py" line="132"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="138"/>
        <location filename="../../reader_app/gui/search/searchtext.py" line="141"/>
        <source>. </source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="466"/>
        <location filename="../../reader_app/gui/search/searchtext.py" line="138"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="145"/>
        <location filename="../../reader_app/output/labels.py" line="29"/>
        <source>p. %1</source>
        <translation>第%1页</translation>
    </message>
</context>
<context>
    <name>ShareWatch</name>
    <message>
        <location filename="../../reader_app/gui/room/sharewatch.py" line="124"/>
        <source>The shared library cannot be reached; showing this computer&apos;s copy.</source>
        <translation>无法访问共享期刊库，正在显示本机副本。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/sharewatch.py" line="127"/>
        <source>The shared library has no published search index; this computer indexes it.</source>
        <translation>共享期刊库没有已发布的检索索引，由本机建立索引。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/sharewatch.py" line="130"/>
        <source>The shared library&apos;s search index is from another version; this computer indexes it.</source>
        <translation>共享期刊库的检索索引来自其他版本，由本机建立索引。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/sharewatch.py" line="133"/>
        <source>The shared library cannot be reached.</source>
        <translation>无法访问共享期刊库。</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="105"/>
        <source>Reading-Room Statistics</source>
        <translation>阅览室统计</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="107"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="108"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="109"/>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="111"/>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="112"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="113"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="114"/>
        <source>Export as &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="116"/>
        <source>Searches per day (orange: without hits)</source>
        <translation>每日检索次数（橙色：无结果）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="117"/>
        <source>Searches without hits (asked at least twice)</source>
        <translation>无结果的检索词（至少出现两次）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="118"/>
        <source>Most read sections</source>
        <translation>最常阅读的栏目</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="119"/>
        <source>Most read articles</source>
        <translation>最常阅读的文章</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="135"/>
        <source>Nothing counted in this range.</source>
        <translation>此期间没有统计数据。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="138"/>
        <source>Counts per day only: no time of day, no sessions, nothing about a patron. A query is listed only if it was asked at least twice in the range shown.</source>
        <translation>只按天计数：不记录时刻、不记录会话、不记录任何读者信息。检索词在所示期间内至少出现两次才会列出。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="185"/>
        <source>Searches: %1 (without hits: %2) · articles opened: %3 · issues opened: %4 · prints: %5 · exports: %6 · sessions: %7 · machines: %8</source>
        <translation>检索：%1（无结果：%2）· 打开文章：%3 · 打开期刊：%4 · 打印：%5 · 导出：%6 · 会话：%7 · 计算机：%8 台</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="244"/>
        <source>Export Statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="246"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="368"/>
        <source>Topic</source>
        <translation>定题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="368"/>
        <source>New Topic</source>
        <translation>新建定题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="378"/>
        <source>Also find related terms (thesaurus)</source>
        <translation>同时检索相关词（词表扩展）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="382"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="383"/>
        <source>&amp;Query:</source>
        <translation>检索式(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="384"/>
        <source>&amp;Section:</source>
        <translation>栏目(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="385"/>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="386"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="387"/>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>TopicPanel</name>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="131"/>
        <source>&amp;New Topic…</source>
        <extracomment>new articles whose snippets come with the list (the rows first in view)</extracomment>
        <translation>新建定题(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="132"/>
        <source>Edit Query…</source>
        <translation>修改检索式…</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="133"/>
        <source>Search Whole Library</source>
        <translation>全库重新检索</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="134"/>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="313"/>
        <source>Delete Topic</source>
        <translation>删除定题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="135"/>
        <source>&amp;Accept Selected</source>
        <translation>收录所选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="136"/>
        <source>&amp;Dismiss Selected</source>
        <translation>排除所选(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="140"/>
        <source>Topics</source>
        <translation>定题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="141"/>
        <source>New articles of the topic</source>
        <translation>定题的新文章</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="142"/>
        <source>N&amp;ote for the accepted articles (optional):</source>
        <translation>收录说明（可不填）(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="143"/>
        <source>Why they belong to the topic</source>
        <translation>为何收入本定题</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="144"/>
        <source>Nothing new on this topic.</source>
        <translation>本定题暂无新文章。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="150"/>
        <source>%1 · new %2</source>
        <translation>%1 · 新 %2</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="155"/>
        <source>Query: %1</source>
        <translation>检索式：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="157"/>
        <source>section %1</source>
        <translation>栏目：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="159"/>
        <source>source %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="163"/>
        <source>words as typed only</source>
        <translation>不扩展</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="164"/>
        <source>%1 accepted</source>
        <translation>已收录 %1 篇</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="314"/>
        <source>Delete the topic “%1” and its accepted articles?</source>
        <translation>删除定题“%1”及其已收录的文章？</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../reader_app/gui/dialogs/userguide.py" line="180"/>
        <source>User Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/userguide.py" line="187"/>
        <source>The user guide is missing from this installation: %1</source>
        <translation>本安装缺少使用指南：%1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="230"/>
        <source>the page is %1 × %2 pt, larger than the %3 pt a side this program shows</source>
        <translation>该页面为 %1 × %2 pt，超过本程序可显示的每边 %3 pt</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="234"/>
        <source>the page is %1 × %2 pt, smaller than the %3 pt a side this program shows</source>
        <translation>该页面为 %1 × %2 pt，小于本程序可显示的每边 %3 pt</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="240"/>
        <source>the issue&apos;s PDF has %1 pages, not page %2; import the issue again</source>
        <translation>本期 PDF 共 %1 页，没有第 %2 页；请重新导入本期</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="127"/>
        <location filename="../../reader_app/gui/base/errors.py" line="247"/>
        <source>the issue&apos;s PDF is missing; import the issue again to restore it</source>
        <translation>本期 PDF 文件缺失；请重新导入本期以恢复</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="35"/>
        <source>Statistics are switched off on this computer by the machine policy.</source>
        <extracomment>The window&apos;s words for each core key; ``{name}`` stands for the message&apos;s value. (Keys of the search and the import report are worded in gui/search/searchtext.py and gui/library/importdialog.py.)</extracomment>
        <translation>本机的管理策略已关闭统计。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="36"/>
        <source>Statistics are not kept on this public workstation: the machine policy names no folder for them. Ask IT to set statistics_folder.</source>
        <translation>这台公共计算机不保存统计：管理策略没有指定统计文件夹。请联系信息技术人员设置 statistics_folder。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="37"/>
        <source>{path}: the statistics folder is on a network share, where it cannot be kept safely. Ask IT to name a local folder.</source>
        <translation>{path}：统计文件夹位于网络共享上，无法安全保存。请联系信息技术人员指定一个本地文件夹。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="38"/>
        <source>{path}: the statistics cannot be opened ({reason}). Ask IT to check the folder&apos;s permissions.</source>
        <translation>{path}：无法打开统计（{reason}）。请联系信息技术人员检查文件夹权限。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="39"/>
        <source>{path}: the statistics file is damaged ({reason}). Ask IT to move it away; a new one is started.</source>
        <translation>{path}：统计文件已损坏（{reason}）。请联系信息技术人员将其移走，程序会新建一个。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="40"/>
        <source>{path}: this is not a statistics export.</source>
        <translation>{path}：这不是统计导出文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="41"/>
        <source>{path}: this statistics export is damaged (its rows are missing).</source>
        <translation>{path}：这个统计导出文件已损坏（缺少数据行）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="42"/>
        <source>{path}: row {row} of this statistics export is damaged; nothing was merged.</source>
        <translation>{path}：这个统计导出文件的第 {row} 行已损坏；未合并任何内容。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="43"/>
        <source>Choose a file to export the statistics to.</source>
        <translation>请选择统计要导出到的文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="44"/>
        <source>Choose the statistics files to merge.</source>
        <translation>请选择要合并的统计文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="45"/>
        <location filename="../../reader_app/gui/base/errors.py" line="154"/>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}：无法读取（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="47"/>
        <source>A reading list needs a name.</source>
        <translation>书单需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="48"/>
        <source>A reading list&apos;s name may have at most {limit} characters.</source>
        <translation>书单名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="49"/>
        <source>{path}: this reading list has no valid name (1 to {limit} characters).</source>
        <translation>{path}：这个书单没有有效的名称（1 到 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="50"/>
        <source>{path}: this reading list&apos;s description is damaged.</source>
        <translation>{path}：这个书单的说明已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="51"/>
        <source>{path}: this reading list&apos;s items are missing or damaged.</source>
        <translation>{path}：这个书单的条目缺失或已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="52"/>
        <source>{path}: item {item} of this reading list names no article.</source>
        <translation>{path}：这个书单的第 {item} 条没有指明文章。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="53"/>
        <source>{path}: item {item} of this reading list has a damaged note or title (a note may have at most {limit} characters).</source>
        <translation>{path}：这个书单的第 {item} 条的备注或标题已损坏（备注最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="54"/>
        <source>{path}: item {item} of this reading list names the article {article} a second time.</source>
        <translation>{path}：这个书单的第 {item} 条重复列出了文章 {article}。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="55"/>
        <source>{path}: this is not a reading list file.</source>
        <translation>{path}：这不是书单文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="56"/>
        <location filename="../../reader_app/gui/base/errors.py" line="57"/>
        <source>There is no reading list named “{name}”; the Reading lists tab shows them all.</source>
        <translation>没有名为“{name}”的书单；“书单”标签页列出了全部书单。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="58"/>
        <source>A reading list named “{name}” exists already; choose another name.</source>
        <translation>已有名为“{name}”的书单，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="59"/>
        <source>A reading list named “{name}” exists already; nothing was changed. Rename or delete that list first.</source>
        <translation>已有名为“{name}”的书单，未作任何更改。请先将那个书单改名或删除。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="61"/>
        <location filename="../../reader_app/gui/base/errors.py" line="62"/>
        <source>There is no topic named “{name}”; the Topics tab shows them all.</source>
        <translation>没有名为“{name}”的定题；“定题”标签页列出了全部定题。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="63"/>
        <source>“{name}” is a reading list, not a topic; the Topics tab shows the topics.</source>
        <translation>“{name}”是书单，不是定题；“定题”标签页列出了全部定题。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="64"/>
        <source>A topic named “{name}” exists already; nothing was changed. Choose another name, or select that topic in the Topics tab and click “Edit Query…” to give it this query.</source>
        <translation>已有名为“{name}”的定题，未作任何更改。请另取名称，或在“定题”标签页选中该定题，点击“修改检索式…”改用这个检索式。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="65"/>
        <source>A reading list named “{name}” exists already; nothing was changed. Choose another name for the topic.</source>
        <translation>已有名为“{name}”的书单，未作任何更改。请为定题另取名称。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="66"/>
        <source>A file for the name “{name}” exists already; choose another name.</source>
        <translation>名称“{name}”对应的文件已存在；请另取名称。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="67"/>
        <source>A note for the accepted articles may have at most {limit} characters; nothing was changed.</source>
        <translation>收录说明最多 {limit} 个字符；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="68"/>
        <source>These articles are not in the library: {articles}; nothing was changed. They may have been removed.</source>
        <translation>资料库中没有这些文章：{articles}；未作任何更改。它们可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="69"/>
        <source>A topic needs a query: the words to look for in every new issue.</source>
        <translation>定题需要检索式，即在每一期新刊中查找的词语。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="70"/>
        <source>A topic&apos;s query may have at most {limit} characters.</source>
        <translation>定题的检索式最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="71"/>
        <source>“{value}” is not a date; write it as YYYY-MM-DD, for example 2022-11-21.</source>
        <translation>“{value}”不是日期；请按 YYYY-MM-DD 填写，例如 2022-11-21。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="72"/>
        <source>The dates start ({start}) after they end ({end}); swap the From and To dates.</source>
        <translation>起始日期（{start}）晚于截止日期（{end}）；请对调起始日期和截止日期。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="73"/>
        <source>{path}: the topic in this reading list file is damaged.</source>
        <translation>{path}：此书单文件中的定题已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="74"/>
        <source>{path}: this topic&apos;s query is damaged: {reason}</source>
        <translation>{path}：此定题的检索式有误：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="75"/>
        <source>{path}: this topic&apos;s filter “{field}” is damaged (it must be a text).</source>
        <translation>{path}：此定题的筛选条件“{field}”已损坏（应为文字）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="76"/>
        <source>{path}: this topic&apos;s dates are damaged: {reason}</source>
        <translation>{path}：此定题的日期有误：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="77"/>
        <source>{path}: this topic&apos;s related-terms switch is damaged.</source>
        <translation>{path}：此定题的“同时检索相关词”设置已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="78"/>
        <source>{path}: this topic&apos;s list of dismissed articles is damaged.</source>
        <translation>{path}：此定题的已排除文章清单已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="79"/>
        <source>{path}: this topic&apos;s list of new articles is damaged.</source>
        <translation>{path}：此定题的新文章清单已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="80"/>
        <source>{path}: entry {entry} of this topic&apos;s new articles is damaged.</source>
        <translation>{path}：此定题新文章清单的第 {entry} 项已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="81"/>
        <source>{path}: this topic&apos;s record of the issues it has searched is damaged.</source>
        <translation>{path}：此定题已检索各期的记录已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="83"/>
        <source>{path}: the issue id {issue} is also used by {other}; only {shown} is shown.</source>
        <translation>{path}：期号 {issue} 也被 {other} 使用；只显示 {shown}。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="84"/>
        <source>{path}: the issue id {issue} hides the issue in {other} ({articles} articles), which is not shown.</source>
        <translation>{path}：期号 {issue} 遮住了 {other} 中的那一期（{articles} 篇文章），后者未予显示。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="85"/>
        <source>{path}: the article id {article} is also used by {other} (issue {issue}); only that one opens from a link or list.</source>
        <translation>{path}：文章编号 {article} 也被 {other}（{issue} 期）使用；从链接或书单只能打开那一篇。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="86"/>
        <source>The issue {issue} is not in the library; it may have been removed.</source>
        <translation>资料库中没有 {issue} 这一期，可能已被移除。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="87"/>
        <source>The article {article} cannot be opened: its issue&apos;s files are damaged. The “⚠ … problem(s) in the library” button in the status bar lists what is wrong; importing the issue again repairs it.</source>
        <translation>无法打开文章 {article}：所在一期的文件已损坏。点击状态栏中的“⚠ 资料库中有…处问题”可查看具体问题；重新导入这一期即可修复。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="88"/>
        <source>The article {article} is not in the library; it may have been removed, or this list was made for another library.</source>
        <translation>资料库中没有文章 {article}；它可能已被移除，或者这个书单是为另一个资料库制作的。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="89"/>
        <location filename="../../reader_app/gui/base/errors.py" line="90"/>
        <source>Issue {issue} is already in the library; nothing was changed. Import it again and tick “Replace the issue already in the library” to replace it.</source>
        <translation>第 {issue} 期已在资料库中，未作任何更改。如需替换，请再次导入并勾选“替换库中已有的这一期”。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="91"/>
        <source>Another import is still running; nothing was changed. Try again when it has finished.</source>
        <translation>另一项导入仍在进行，未作任何更改。请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="92"/>
        <source>{path}: the issue cannot be written ({reason}); the library is unchanged. Free some disk space or ask IT to check the folder&apos;s permissions.</source>
        <translation>{path}：无法写入这一期（{reason}），资料库未改变。请腾出磁盘空间，或联系信息技术人员检查文件夹权限。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="93"/>
        <source>{path}: the issue read from this file is not sound ({problem}); nothing was written. A PDF whose layout is not understood can be imported as its text instead.</source>
        <translation>{path}：从这个文件读出的这一期有问题（{problem}），未写入任何内容。版式无法识别的 PDF 可以改为导入其文本。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="94"/>
        <source>The issue id {issue} cannot be a folder name.</source>
        <translation>期号 {issue} 不能用作文件夹名称。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="95"/>
        <source>{path}: this issue was saved by a newer version of the program; update the program or import the issue again.</source>
        <translation>{path}：这一期由较新版本的程序保存；请更新程序，或重新导入这一期。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="96"/>
        <source>{path}: the id {id} may hold only letters, digits, - and _ (at most 64 characters).</source>
        <translation>{path}：编号 {id} 只能包含字母、数字、- 和 _（最多 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="97"/>
        <source>{path}: the list of editors is damaged.</source>
        <translation>{path}：编辑名单已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="98"/>
        <source>{path}: the issue&apos;s articles folder is missing.</source>
        <translation>{path}：这一期的文章文件夹缺失。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="99"/>
        <source>{path}: an article of the issue is missing.</source>
        <translation>{path}：这一期缺少一篇文章。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="100"/>
        <source>{path}: the article id {article} is also used by {other} in the same issue.</source>
        <translation>{path}：文章编号 {article} 在同一期中也被 {other} 使用。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="101"/>
        <source>{path}: the issue has no readable article.</source>
        <translation>{path}：这一期没有可读取的文章。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="102"/>
        <source>{path}: the name of the issue&apos;s original PDF is damaged.</source>
        <translation>{path}：这一期原始 PDF 的名称已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="103"/>
        <source>{path}: page entry {entry} is damaged.</source>
        <translation>{path}：第 {entry} 条页面记录已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="104"/>
        <source>{path}: the contents entry {entry} is damaged.</source>
        <translation>{path}：目录条目 {entry} 已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="105"/>
        <source>{path}: this article is not in the issue&apos;s contents; it is shown after the others.</source>
        <translation>{path}：这篇文章不在这一期的目录中，排在其他文章之后显示。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="106"/>
        <source>{path}: the file is damaged (not UTF-8 text).</source>
        <translation>{path}：文件已损坏（不是 UTF-8 文本）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="107"/>
        <source>{path}: the file is damaged (its header is missing).</source>
        <translation>{path}：文件已损坏（缺少文件头）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="108"/>
        <source>{path}: the file&apos;s header is damaged at line {line}.</source>
        <translation>{path}：文件头在第 {line} 行损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="109"/>
        <source>{path}: the file is damaged (unknown kind {kind}).</source>
        <translation>{path}：文件已损坏（未知类型 {kind}）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="110"/>
        <source>{path}: the article&apos;s PDF pages are damaged.</source>
        <translation>{path}：文章的 PDF 页码已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="111"/>
        <source>{path}: the issue&apos;s description file is missing.</source>
        <translation>{path}：这一期的说明文件缺失。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="112"/>
        <source>{path}: the issue&apos;s description file is damaged.</source>
        <translation>{path}：这一期的说明文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="113"/>
        <source>{path}: the field {field} is missing.</source>
        <translation>{path}：缺少字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="114"/>
        <source>{path}: the field {field} has a value of the wrong kind ({value}).</source>
        <translation>{path}：字段 {field} 的值类型不对（{value}）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="115"/>
        <source>{path}: this folder is not an issue (it has no issue.toml).</source>
        <translation>{path}：这个文件夹不是一期（没有 issue.toml）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="116"/>
        <source>{path}: the issue id {issue} differs from its folder&apos;s name.</source>
        <translation>{path}：期号 {issue} 与文件夹名称不一致。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="117"/>
        <source>{path}: the issue&apos;s raw text is missing; importing the issue again restores it.</source>
        <translation>{path}：这一期的原始文本缺失；重新导入这一期即可恢复。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="118"/>
        <source>{path}: the issue&apos;s raw text was changed after the import; importing the issue again restores it.</source>
        <translation>{path}：这一期的原始文本在导入后被改动；重新导入这一期即可恢复。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="119"/>
        <source>{path}: the article {article} has no title.</source>
        <translation>{path}：文章 {article} 没有标题。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="120"/>
        <source>{path}: the article {article} has no text.</source>
        <translation>{path}：文章 {article} 没有正文。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="121"/>
        <source>{path}: the issue&apos;s original PDF is missing; importing the issue again restores it.</source>
        <translation>{path}：这一期的原始 PDF 缺失；重新导入这一期即可恢复。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="122"/>
        <source>{path}: the issue&apos;s original PDF was changed after the import; importing the issue again restores it.</source>
        <translation>{path}：这一期的原始 PDF 在导入后被改动；重新导入这一期即可恢复。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="123"/>
        <source>{path}: the scan&apos;s recognised text is missing; importing the issue again restores it.</source>
        <translation>{path}：扫描页的识别文字缺失；重新导入本期即可恢复。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="124"/>
        <source>{path}: the scan&apos;s recognised text cannot be read ({reason}); importing the issue again restores it.</source>
        <translation>{path}：扫描页的识别文字无法读取（{reason}）；重新导入本期即可恢复。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="125"/>
        <source>{path}: the recognised text belongs to another scan than the issue&apos;s PDF; importing the issue again restores it.</source>
        <translation>{path}：识别文字与本期 PDF 不是同一份扫描；重新导入本期即可恢复。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="128"/>
        <location filename="../../reader_app/gui/base/errors.py" line="251"/>
        <source>the issue&apos;s PDF cannot be read; import the issue again to restore it</source>
        <translation>本期 PDF 文件无法读取；请重新导入本期以恢复</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="129"/>
        <source>the issue&apos;s PDF has {pages} pages, not page {page}; import the issue again</source>
        <translation>这一期的 PDF 共 {pages} 页，没有第 {page} 页；请重新导入这一期</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="130"/>
        <source>page {page} is too large to show</source>
        <translation>第 {page} 页过大，无法显示</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="131"/>
        <source>page {page} is too small to show</source>
        <translation>第 {page} 页过小，无法显示</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="132"/>
        <source>This article has no printed pages: its issue was imported as text.</source>
        <translation>这篇文章没有印刷页面：所在一期是以文本导入的。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="133"/>
        <source>Choose a resolution from {low} to {high} dpi.</source>
        <translation>请选择 {low} 到 {high} dpi 之间的分辨率。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="134"/>
        <source>There are no printed pages to save.</source>
        <translation>没有可保存的印刷页面。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="135"/>
        <source>{path}: a page of the issue&apos;s PDF cannot be read; import the issue again to restore it.</source>
        <translation>{path}：该期 PDF 有一页无法读取；重新导入该期即可恢复。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="137"/>
        <source>The article {article} is not in the search index; it may have been removed.</source>
        <translation>搜索索引中没有文章 {article}；它可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="139"/>
        <source>Another staff computer is publishing to the shared library; nothing was changed. Try again in a few minutes.</source>
        <translation>另一台工作人员计算机正在向共享资料库发布，未作任何更改。请过几分钟再试。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="140"/>
        <source>{path}: the shared library cannot be reached; nothing was changed. Check the network connection, or ask IT.</source>
        <translation>{path}：无法访问共享资料库，未作任何更改。请检查网络连接，或联系信息技术人员。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="141"/>
        <source>{path}: the shared library cannot be written ({reason}); workstations still see the last complete publication. Ask IT to check the share&apos;s space and your write access.</source>
        <translation>{path}：无法写入共享资料库（{reason}）；各工作站仍看到上一次完整发布的内容。请联系信息技术人员检查共享空间和您的写入权限。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="142"/>
        <source>The shared library&apos;s search index could not be built; workstations still see the last complete publication.</source>
        <translation>无法建立共享资料库的搜索索引；各工作站仍看到上一次完整发布的内容。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="143"/>
        <source>The issue {issue} is not on the shared library (or came with the program and cannot be removed); nothing was changed.</source>
        <translation>共享资料库中没有 {issue} 这一期（或它随程序附带，不能移除），未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="145"/>
        <source>{path}: this is not a {kind} file.</source>
        <translation>{path}：这不是{kind}文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="146"/>
        <source>{path}: this file was made by a newer version of the program; update the program.</source>
        <translation>{path}：这个文件由较新版本的程序制作；请更新程序。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="147"/>
        <source>{path}: the search index cannot be written ({reason}); the library is unchanged. Free some disk space or ask IT to check the folder&apos;s permissions.</source>
        <translation>{path}：无法写入搜索索引（{reason}），资料库未改变。请腾出磁盘空间，或联系信息技术人员检查文件夹权限。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="149"/>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="150"/>
        <source>PDF page {page}</source>
        <translation>PDF 第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="151"/>
        <source>{path}: there is no such file.</source>
        <translation>{path}：没有这个文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="152"/>
        <source>{path}: this is a folder; choose the issue&apos;s PDF or text file.</source>
        <translation>{path}：这是一个文件夹；请选择这一期的 PDF 或文本文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="153"/>
        <source>{path}: this is not a file; choose the issue&apos;s PDF or text file.</source>
        <translation>{path}：这不是文件；请选择这一期的 PDF 或文本文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="155"/>
        <source>{path}: the file is empty; choose the issue&apos;s text file.</source>
        <translation>{path}：文件是空的；请选择这一期的文本文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="156"/>
        <source>{path}: this is not an issue; choose the issue&apos;s PDF or its text (UTF-8, UTF-16 or GB18030).</source>
        <translation>{path}：这不是一期刊物；请选择这一期的 PDF 或其文本（UTF-8、UTF-16 或 GB18030）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="157"/>
        <source>{path}: the text&apos;s encoding cannot be read; save the file as UTF-8 and import it again.</source>
        <translation>{path}：无法识别文本编码；请将文件另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="158"/>
        <source>{path}: the file is {mb} MB; an issue&apos;s text may be at most {limit_mb} MB. Check that you chose the issue&apos;s text file.</source>
        <translation>{path}：文件有 {mb} MB，一期的文本最多 {limit_mb} MB。请确认选择的是这一期的文本文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="159"/>
        <source>{path}: the file grew past {limit_mb} MB while it was read; check that you chose the issue&apos;s text file.</source>
        <translation>{path}：读取期间文件增大到超过 {limit_mb} MB；请确认选择的是这一期的文本文件。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="160"/>
        <source>{path}: this is not an issue of 《信息摘编》: it has no masthead (“2022年（总第十八期）”) and no table of contents.</source>
        <translation>{path}：这不是《信息摘编》的一期：没有刊头（“2022年（总第十八期）”），也没有目录。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="161"/>
        <source>{path}: there is no issue line such as “2022年（总第十八期）” before the table of contents ({at}); add it at the top of the file.</source>
        <translation>{path}：目录（{at}）之前没有“2022年（总第十八期）”这样的期次行；请在文件开头加上。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="162"/>
        <source>{path}: there is no table of contents (目录, then one title and page number a line); this file cannot be imported.</source>
        <translation>{path}：没有目录（“目录”二字，其后每行一个标题和页码）；这个文件无法导入。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="163"/>
        <source>{path}: none of the {count} articles of the table of contents is in the text; this file cannot be imported.</source>
        <translation>{path}：目录中的 {count} 篇文章在正文里一篇也没有找到；这个文件无法导入。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="164"/>
        <source>{path}: the file seems cut short: it ends at {at}, before the last {missing} of {count} articles of the table of contents (from “{title}”, page {page}). Export the issue again.</source>
        <translation>{path}：文件似乎不完整：它在{at}结束，目录中 {count} 篇文章的最后 {missing} 篇（从第 {page} 页的“{title}”起）缺失。请重新导出这一期。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="165"/>
        <source>{path}: a second masthead and contents are at {at}: the issue&apos;s text seems to be in the file twice; keep one copy and import it again.</source>
        <translation>{path}：在{at}又出现了刊头和目录：这一期的文本似乎在文件中出现了两次；请只保留一份后重新导入。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="166"/>
        <source>{path}: the article “{title}” ({at}) has {chars} characters, more than the {limit} an article may have; check for a missing title or text pasted in by mistake.</source>
        <translation>{path}：文章“{title}”（{at}）有 {chars} 个字符，超过每篇 {limit} 个字符的上限；请检查是否漏了标题，或误贴了文字。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="167"/>
        <source>{path}: this file is named .pdf but is not a PDF; it is damaged or mislabelled: get the issue&apos;s PDF again.</source>
        <translation>{path}：这个文件名为 .pdf，但不是 PDF；文件已损坏或名称有误：请重新获取这一期的 PDF。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="168"/>
        <source>{path}: the PDF is {mb} MB, larger than the {limit_mb} MB an issue may have; check that you chose the issue&apos;s PDF.</source>
        <translation>{path}：这个 PDF 有 {mb} MB，超过一期 {limit_mb} MB 的上限；请确认选择的是这一期的 PDF。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="169"/>
        <source>{path}: the PDF has no text (its pages are scanned images) and text recognition is not installed: install the staff package or run pip install -e &quot;.[ocr]&quot;, or import the PDF as exported by the typesetter.</source>
        <translation>{path}：此 PDF 没有文字层（页面为扫描图像），且未安装文字识别：请安装工作人员版，或运行 pip install -e &quot;.[ocr]&quot;，或导入排版软件导出的 PDF。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="170"/>
        <source>{path}: the import was cancelled; nothing was added.</source>
        <translation>{path}：导入已取消，未添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="171"/>
        <source>{path}: the PDF has {pages} pages, more than the {limit} an issue may have; check that you chose the issue&apos;s PDF.</source>
        <translation>{path}：这个 PDF 有 {pages} 页，超过一期 {limit} 页的上限；请确认选择的是这一期的 PDF。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="172"/>
        <source>{path}: a page of the PDF is damaged; get the file again and import that.</source>
        <translation>{path}：PDF 中有一页已损坏；请重新获取文件后导入。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="173"/>
        <source>{path}: the PDF is protected by a password; ask the sender for the PDF without a password.</source>
        <translation>{path}：这个 PDF 有密码保护；请向发送者索取无密码的 PDF。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="174"/>
        <source>{path}: the PDF is encrypted in a way that cannot be opened; ask the sender for the PDF without encryption.</source>
        <translation>{path}：这个 PDF 的加密方式无法打开；请向发送者索取未加密的 PDF。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="175"/>
        <source>{path}: the PDF is damaged or incomplete; get the file again (download or copy it anew) and import that.</source>
        <translation>{path}：这个 PDF 已损坏或不完整；请重新获取文件（重新下载或复制）后导入。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="176"/>
        <source>{path}: the file changed while it was read; nothing was written. Wait until it has been copied completely and import it again.</source>
        <translation>{path}：读取期间文件发生了变化，未写入任何内容。请等文件完全复制后重新导入。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="177"/>
        <source>{path}: this PDF takes longer than {seconds} s to read; nothing was written. Check that you chose the issue&apos;s PDF, or export it again.</source>
        <translation>{path}：读取这个 PDF 需要超过 {seconds} 秒，未写入任何内容。请确认选择的是这一期的 PDF，或重新导出。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="178"/>
        <source>{path}: this PDF needs more than {mb} MB of memory to read; nothing was written. Check that you chose the issue&apos;s PDF, or export it again.</source>
        <translation>{path}：读取这个 PDF 需要超过 {mb} MB 内存，未写入任何内容。请确认选择的是这一期的 PDF，或重新导出。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="179"/>
        <source>{path}: the PDF could not be read; the file is damaged: get the issue&apos;s PDF again.</source>
        <translation>{path}：无法读取这个 PDF；文件已损坏：请重新获取这一期的 PDF。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="186"/>
        <source>reading list</source>
        <extracomment>The kinds of staff file a header check names (core/base/fileformat.py&apos;s ``kind``).</extracomment>
        <translation>书单</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="187"/>
        <source>statistics export</source>
        <translation>统计导出</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="195"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="210"/>
        <source>Something went wrong (%1).</source>
        <translation>出现了问题（%1）。</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="260"/>
        <source>there is not enough memory to draw it; close other programs and try again</source>
        <translation>内存不足，无法绘制；请关闭其他程序后重试</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="265"/>
        <source>the PDF could not be read (%1)</source>
        <translation>无法读取 PDF（%1）</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="270"/>
        <source>the PDF could not be drawn (%1); details are in the log file:
%2</source>
        <translation>无法绘制 PDF（%1）；详情见日志文件：
%2</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="291"/>
        <source>Something went wrong: %1

Details are in the log file:
%2</source>
        <translation>出现问题：%1

详细信息见日志文件：
%2</translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="280"/>
        <source>Error</source>
        <translation>出错了</translation>
    </message>
</context>
</TS>
