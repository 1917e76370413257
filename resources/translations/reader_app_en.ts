<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="46"/>
        <source>Program</source>
        <extracomment>The core reports in English; these are the titles, keys and one-word values it uses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="47"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="48"/>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="49"/>
        <source>Portable mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="50"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="51"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="52"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="53"/>
        <source>Folder (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="54"/>
        <source>Folder (user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="55"/>
        <source>Folder (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="56"/>
        <source>Search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="57"/>
        <source>Search thesaurus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="58"/>
        <source>Thesaurus file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="59"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="60"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="61"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="62"/>
        <source>Policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="63"/>
        <source>Public mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="64"/>
        <source>Idle reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="65"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="66"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="67"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="68"/>
        <source>External links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="69"/>
        <source>Publishes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="70"/>
        <source>Extra library folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="71"/>
        <source>Index location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="72"/>
        <source>Thesaurus folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="73"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="74"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="75"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="76"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="77"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="78"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="79"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="80"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="81"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="82"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="83"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="84"/>
        <source>Statistics folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="85"/>
        <source>Statistics drop folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="86"/>
        <source>Reading lists folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="87"/>
        <source>Public log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="88"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="89"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="90"/>
        <source>not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="91"/>
        <source>building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="92"/>
        <source>none (no policy file; defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="93"/>
        <source>user cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="94"/>
        <source>this session only (public workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="95"/>
        <source>this session only (the user folder cannot be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="96"/>
        <source>published on the shared library, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="97"/>
        <source>local copy of the shared library, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="98"/>
        <source>set by the machine policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="99"/>
        <source>shipped with the app, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="103"/>
        <source>from source</source>
        <extracomment>How the program runs (the core&apos;s runtime row: &quot;Python 3.11.7, from source, Linux&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="104"/>
        <source>frozen build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="110"/>
        <source>%1 articles indexed</source>
        <extracomment>Values with a figure or a path in them: the core&apos;s English pattern → ours.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="112"/>
        <source>%1 — not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="115"/>
        <source>%1 — not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="117"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="130"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="173"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="179"/>
        <source>Xinxi Zhaibian Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="180"/>
        <source>Offline reader for the digest 《信息摘编》.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/about.py" line="183"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="70"/>
        <source>&amp;Import Issue…</source>
        <extracomment>Every action of the window, in the order they are made (menus: Actions._build_menus).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="72"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="76"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="82"/>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="89"/>
        <source>Print &amp;Original Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="95"/>
        <source>Export Original Pages as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="101"/>
        <source>Print Selected &amp;Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="107"/>
        <source>Export Selected Articles as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="112"/>
        <source>&amp;Compilation (Word or PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="116"/>
        <source>Reading-Room &amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="118"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="121"/>
        <source>Copy &amp;Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="125"/>
        <source>Copy &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="128"/>
        <source>Copy as &amp;RIS (Zotero, EndNote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="131"/>
        <source>Copy as Bib&amp;TeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="134"/>
        <source>Export Citatio&amp;n (RIS, BibTeX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="138"/>
        <source>GB/T 7714—&amp;2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="141"/>
        <source>GB/T 7714—20&amp;15 (previous edition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="144"/>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="145"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="146"/>
        <source>&amp;Next Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="147"/>
        <source>Pre&amp;vious Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="148"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="151"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="156"/>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="157"/>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="158"/>
        <source>P&amp;revious Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="159"/>
        <source>N&amp;ext Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="160"/>
        <source>&amp;Go to Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="168"/>
        <source>Show &amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="169"/>
        <source>S&amp;how Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="171"/>
        <source>Show &amp;Reading Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="175"/>
        <source>&amp;Read Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="181"/>
        <source>Zoom O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="180"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="163"/>
        <source>Book&amp;mark This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="182"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="183"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="186"/>
        <source>&amp;Original Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="191"/>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="192"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="193"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="194"/>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="197"/>
        <source>Large T&amp;ype and High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="203"/>
        <source>Extra-Large &amp;Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="207"/>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="208"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="215"/>
        <source>&amp;File</source>
        <extracomment>The Language menu&apos;s choices (one per UI language): the policy may fix the language; they are then disabled, not hidden, so the menu still shows the language in force.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="216"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="217"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="218"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="219"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="220"/>
        <source>Citation St&amp;yle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="221"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="222"/>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/actions.py" line="223"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="29"/>
        <source>The date %1 lies outside this issue&apos;s collection period %2 – %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="41"/>
        <source>Editor-in-chief</source>
        <extracomment>Masthead roles as printed → their English names (the Chinese UI shows them as printed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="42"/>
        <source>Deputy editor-in-chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="43"/>
        <source>Executive editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="44"/>
        <source>Editor in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="45"/>
        <source>Editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="67"/>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="87"/>
        <source>Note on the original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="98"/>
        <source>Original article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="100"/>
        <source>Scan the code to open it on a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="125"/>
        <source>Collection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="128"/>
        <source>Compiled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="136"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchOutput</name>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="83"/>
        <source>Select articles in the library, search, or choose a reading list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="111"/>
        <location filename="../../reader_app/output/batchoutput.py" line="121"/>
        <source>No articles to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="127"/>
        <source>Export Articles as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="129"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="139"/>
        <source>Saved %1 (%2 articles, %3 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/batchactions.py" line="158"/>
        <source>Saved %1 (%2 articles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/batchoutput.py" line="45"/>
        <location filename="../../reader_app/output/batchoutput.py" line="54"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/batchoutput.py" line="47"/>
        <source>%1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/batchoutput.py" line="164"/>
        <source>Reading list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location filename="../../reader_app/gui/library/bookmarks.py" line="114"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/bookmarks.py" line="115"/>
        <source>&amp;Remove Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compilation</name>
    <message>
        <location filename="../../reader_app/output/articlehtml.py" line="84"/>
        <location filename="../../reader_app/output/compilelabels.py" line="91"/>
        <source>Editor&apos;s note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="22"/>
        <source>Compiled by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="28"/>
        <source>Compiler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="34"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="38"/>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="40"/>
        <source>Articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="43"/>
        <source>Made on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="61"/>
        <source>Search: %1 – %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="69"/>
        <source>%1 and others, %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/compilelabels.py" line="73"/>
        <location filename="../../reader_app/output/compilelabels.py" line="86"/>
        <source>Compilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="404"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="438"/>
        <source>Note on the original: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="445"/>
        <source>Abstract: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="450"/>
        <source>Keywords: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="456"/>
        <source>Attachment: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="460"/>
        <source>Original article: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="465"/>
        <source>Reference: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="606"/>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/output/docxout.py" line="619"/>
        <source>No articles to compile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompileDialog</name>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="77"/>
        <source>As listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="78"/>
        <source>By date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="79"/>
        <source>By issue and section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="80"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="90"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="91"/>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="92"/>
        <source>Save as &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="94"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="102"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="103"/>
        <source>Compiled &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="104"/>
        <source>Co&amp;mpiler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="105"/>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="113"/>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="119"/>
        <source>Compilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="169"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="203"/>
        <source>Exports are turned off on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="226"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="228"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/compiledialog.py" line="234"/>
        <source>Save Compilation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpansionBar</name>
    <message>
        <location filename="../../reader_app/gui/search/expansionbar.py" line="47"/>
        <location filename="../../reader_app/gui/search/expansionbar.py" line="50"/>
        <source>Also searched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/expansionbar.py" line="49"/>
        <source>Click a term to search again without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="57"/>
        <location filename="../../reader_app/gui/reading/findbar.py" line="58"/>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="59"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="60"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="61"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="62"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="63"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="64"/>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="84"/>
        <source>Hits for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/findbar.py" line="92"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToPageDialog</name>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="33"/>
        <source>Go to Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="35"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="41"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="55"/>
        <source>&amp;Issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="56"/>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="71"/>
        <source>This issue has pages %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="42"/>
        <source>“%1” has no source line (outlet and date)</source>
        <extracomment>Import warnings by code (core/importer/report.py: a Message keyed by the code): the wording, and the message&apos;s values that stand for %1, %2... The CLI words the same codes in reader_app/cli/text.py.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="43"/>
        <source>“%1” has no original URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="44"/>
        <source>“%1” has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="45"/>
        <source>“%1” ends in the middle of a sentence; check the raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="46"/>
        <source>article “%1” is not in the table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="47"/>
        <source>TOC entry “%1” (page %2) has no article in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="48"/>
        <source>%1 “%2”: control characters removed; check the raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="49"/>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="50"/>
        <source>the file ends in the middle of a character: line %1 was cut short; check that the whole issue was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="51"/>
        <source>the masthead gives no collection period (搜集时间)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="52"/>
        <source>图书推荐 lists no book with 书名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="53"/>
        <source>“%1” at line %2 repeats the article at line %3 word for word; both were kept: delete one copy from the raw text, import it again and tick “Replace the issue already in the library”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="54"/>
        <source>“%1” starts on printed page %2, the table of contents says %3; page %2 is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="55"/>
        <source>“%1”: staff&apos;s hand correction kept over the new recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="56"/>
        <source>recognition unsure (%1 %) of the line “%2”: check it against the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="57"/>
        <source>the page footers start again at PDF page %1; the pages are numbered %2–%3 as the table of contents numbers them, each footer&apos;s own number is kept beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="61"/>
        <source>Page differs from the table of contents</source>
        <extracomment>Each kind of warning as the head of its group in the report&apos;s tree (&quot;… × 62&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="62"/>
        <source>Article not in the table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="63"/>
        <source>Contents entry without an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="64"/>
        <source>Article repeated word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="65"/>
        <source>Date outside the collection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="66"/>
        <source>No original URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="67"/>
        <source>No source line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="68"/>
        <source>Article without text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="69"/>
        <source>Ends in the middle of a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="70"/>
        <source>File cut in the middle of a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="71"/>
        <source>No collection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="72"/>
        <source>No book in 图书推荐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="73"/>
        <source>Control characters removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="74"/>
        <source>Hand correction kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="75"/>
        <source>Recognition unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="76"/>
        <source>Page footers restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="80"/>
        <source>title</source>
        <extracomment>What a cleaned field is (``control-characters``&apos;s &quot;what&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="81"/>
        <source>book title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="82"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="83"/>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="101"/>
        <location filename="../../reader_app/gui/library/importdialog.py" line="204"/>
        <source>a warning (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="109"/>
        <source>PDF page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="113"/>
        <source> (printed page %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="123"/>
        <source>the title in the text “%1” differs from the contents line “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="129"/>
        <source>page %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="132"/>
        <source>Covers the same period as %1, already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="136"/>
        <source>Shares %1 article titles with %2, already in the library: is it the same issue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="148"/>
        <source>Please check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="160"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="163"/>
        <source>Entries per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="164"/>
        <source>%1 entries in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="191"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="182"/>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="176"/>
        <source>%1 warnings of %2 kinds, listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="229"/>
        <source>Import Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="236"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="241"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="246"/>
        <source>Import warnings by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="248"/>
        <source>Replace the issue already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="253"/>
        <source>Text recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="258"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="297"/>
        <source>This PDF is a scan: recognising its text, %1 pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="303"/>
        <source>Recognising page %1 of %2, about %3 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="309"/>
        <source>Recognised %1 pages; reading the issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="324"/>
        <source>This issue is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="327"/>
        <source>Nothing has been added yet. Import this issue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="336"/>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/importdialog.py" line="349"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader_app/gui/library/librarymodel.py" line="290"/>
        <source>page %1</source>
        <extracomment>id -&gt; (is an article, its issue&apos;s node), built on the first index_of</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/librarymodel.py" line="300"/>
        <source>%1 articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="223"/>
        <source>Copied from the printed page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="316"/>
        <source>The library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="317"/>
        <source>Use File → Import Issue… to add an issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="322"/>
        <source>Preparing search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="360"/>
        <source>%1 articles in %2 issues; search is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="367"/>
        <source>The search index is out of date: another program is updating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="371"/>
        <source>The search index is out of date: the last publish on the shared library did not finish, so its newest issues may not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="376"/>
        <source>The search index is out of date: its folder cannot be written, so recent changes may not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="421"/>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="458"/>
        <source>Search is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="433"/>
        <source>Xinxi Zhaibian Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="658"/>
        <source>There is no page %1: this issue has pages %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="692"/>
        <source>Bookmarked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="692"/>
        <source>Bookmark removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="864"/>
        <source>Issue PDF or text (*.pdf *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="874"/>
        <source>Replaced %1 (%2 articles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="876"/>
        <source>Imported %1 (%2 articles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/librarypage.py" line="76"/>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="442"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="443"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="444"/>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="448"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="445"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="445"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/librarypage.py" line="72"/>
        <source>Filter titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/library/librarypage.py" line="74"/>
        <source>Filter the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/access.py" line="79"/>
        <source>Large type and high contrast: on</source>
        <extracomment>The extra-large pointer&apos;s height in pixels (desktop arrows are 24-32).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/access.py" line="81"/>
        <source>Large type and high contrast: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/access.py" line="143"/>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/access.py" line="147"/>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="447"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/access.py" line="150"/>
        <source>Headings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="449"/>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="450"/>
        <source>Library, search and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="469"/>
        <source>⚠ %1 problem(s) in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="664"/>
        <source>No article on page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="743"/>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/citing.py" line="71"/>
        <source>Citation copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/citing.py" line="81"/>
        <source>Copied as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/citing.py" line="102"/>
        <source>RIS for Zotero, EndNote (*.ris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/citing.py" line="103"/>
        <source>BibTeX (*.bib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/citing.py" line="106"/>
        <source>Export Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="36"/>
        <source>Link copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="56"/>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="80"/>
        <source>Export Original Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="82"/>
        <location filename="../../reader_app/gui/export/output.py" line="58"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="89"/>
        <source>The pages cannot be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="108"/>
        <source>The pages cannot be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="94"/>
        <location filename="../../reader_app/gui/export/output.py" line="67"/>
        <location filename="../../reader_app/gui/reading/citing.py" line="121"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="116"/>
        <source>Saved %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="123"/>
        <source>Sent to the printer: %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="135"/>
        <source>External links are turned off here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="139"/>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/output.py" line="140"/>
        <source>Open this address in the web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/shell/mainwindow.py" line="862"/>
        <source>Import Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="81"/>
        <source>These parts of the library could not be read and are not shown; everything else is. Importing a damaged issue again repairs it.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/small.py" line="82"/>
        <source>Library problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/services.py" line="92"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/services.py" line="97"/>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/services.py" line="100"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/services.py" line="125"/>
        <source>Statistics are switched off on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalView</name>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="483"/>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="484"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="485"/>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="486"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="487"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="488"/>
        <source>Printed page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="489"/>
        <source>Type a printed page number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="490"/>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="491"/>
        <source>Fit the page&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="492"/>
        <source>Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="493"/>
        <source>Fit the whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="494"/>
        <source>Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="495"/>
        <source>Show the page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="496"/>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="497"/>
        <source>Text View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="498"/>
        <location filename="../../reader_app/gui/reading/originalview.py" line="500"/>
        <source>Back to the text view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="499"/>
        <source>Show the Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="501"/>
        <source>Printed page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="502"/>
        <source>Original pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="635"/>
        <source>There is no printed page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="659"/>
        <source>PDF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="784"/>
        <source>This page cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="859"/>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="861"/>
        <source>PDF page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="874"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="877"/>
        <source>Copy with Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="880"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="890"/>
        <source>Open an article to see its printed pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="894"/>
        <source>This article has no original pages: its issue was imported as text. The text view shows all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="902"/>
        <source>The issue&apos;s PDF does not say on which pages this article is printed. The text view shows all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="913"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="915"/>
        <source>Unnumbered page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="918"/>
        <source>(footer: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="922"/>
        <source>%1 · PDF page %2 · %3 of %4 · %5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="927"/>
        <source>%1 · PDF page %2 · %5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/originalview.py" line="936"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reader_app/output/printing.py" line="42"/>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/export/originaloutput.py" line="119"/>
        <location filename="../../reader_app/output/printing.py" line="160"/>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="20"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="21"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="23"/>
        <source>Page &amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../reader_app/gui/export/printpreview.py" line="69"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="22"/>
        <source>Page &amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="14"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="15"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="16"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/qtstrings.py" line="17"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="98"/>
        <source>Open an article to read it aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="102"/>
        <source>No Chinese voice is installed on this computer: nothing can be read aloud. Ask staff to install one (Windows: a zh-CN speech voice; Linux: espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="109"/>
        <source>This article has no text to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="145"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="146"/>
        <source>Spee&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="147"/>
        <source>Reading speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="148"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="179"/>
        <source>Finished reading the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="184"/>
        <source>The voice stopped with an error; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="198"/>
        <source>Reading sentence %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="200"/>
        <source>Paused at sentence %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="213"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/readaloud.py" line="213"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingListModel</name>
    <message>
        <location filename="../../reader_app/gui/room/readinglistmodel.py" line="54"/>
        <source> (not in this library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistmodel.py" line="78"/>
        <source>This article is not in this library: the list was made for another library, or its issue has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingListPanel</name>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="160"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="161"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="162"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="163"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="164"/>
        <source>&amp;Add Current Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="165"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="166"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="167"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="168"/>
        <source>&amp;Print List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="169"/>
        <source>Articles as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="170"/>
        <source>&amp;Compile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="174"/>
        <source>Reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="175"/>
        <source>Articles of the reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="176"/>
        <source>N&amp;ote on the selected article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="177"/>
        <source>Why this article is worth reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="178"/>
        <source>Recommended by the library (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="209"/>
        <source> (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="293"/>
        <source>New Reading List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="293"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="302"/>
        <source>Delete Reading List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="303"/>
        <source>Delete the reading list “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="380"/>
        <source>Import Reading List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="380"/>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="399"/>
        <source>Reading list (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="397"/>
        <source>Export Reading List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="422"/>
        <source>%1 of the %2 articles of this list are not in the shared library; workstations will show them as not in this library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/readinglistpanel.py" line="429"/>
        <source>Articles Missing from the Shared Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedBar</name>
    <message>
        <location filename="../../reader_app/gui/reading/relatedbar.py" line="39"/>
        <location filename="../../reader_app/gui/reading/relatedbar.py" line="40"/>
        <source>Related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/relatedbar.py" line="69"/>
        <source>Reprinted in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/relatedbar.py" line="70"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/reading/relatedbar.py" line="72"/>
        <source>%1 (%2) · in common: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="204"/>
        <source>Search all issues (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="205"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="206"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="208"/>
        <source>&amp;Issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="210"/>
        <source>Sou&amp;rce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="211"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="212"/>
        <source>S&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="220"/>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="221"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="222"/>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="224"/>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="225"/>
        <source>Also search related terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="227"/>
        <source>Abbreviations, full forms and related terms, listed after exact hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="230"/>
        <source>Show matches per issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="232"/>
        <source>A bar per issue: its matches per 100 articles; click a bar to see that issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="234"/>
        <source>Matches per issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="236"/>
        <source>%1: %2 of %3 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="209"/>
        <source>Sec&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="241"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="242"/>
        <source>Search all issues, sections, sources and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="245"/>
        <source>Choose a month, or type a day such as 2022-11-21 and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="414"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="455"/>
        <source>%1 results (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="461"/>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="474"/>
        <source>Nothing found with the chosen filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="475"/>
        <source>Clear the filters to search everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="488"/>
        <source>Nothing found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="490"/>
        <source>Did you mean: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="491"/>
        <source>Try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="514"/>
        <source>All issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="515"/>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="516"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="517"/>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="518"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchText</name>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="28"/>
        <source>the query is too long; only its first %1 characters are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="31"/>
        <source>brackets are not supported and were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="32"/>
        <source>an unclosed quote: read as plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="33"/>
        <source>wildcards are not supported: * and ? were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="34"/>
        <source>nothing after a field prefix; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="35"/>
        <source>ignored characters that cannot be searched: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="36"/>
        <source>OR needs a word on each side; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="37"/>
        <source>OR is followed by an excluded word; read as an exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="38"/>
        <source>only excluded words: at least one word to find is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="41"/>
        <source>the search was stopped after %1 s; results may be incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="42"/>
        <source>Type a word to look for, e.g. 5G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="43"/>
        <source>Remove the filters (issue, section, source, dates) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="44"/>
        <source>Remove the excluded words and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="45"/>
        <source>Remove the quotes to search for the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="46"/>
        <source>Use fewer words, e.g. only “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="47"/>
        <source>Search all fields for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="48"/>
        <source>Try a shorter word, e.g. “%1” or “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="49"/>
        <source>Say it another way, or check for typing errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="50"/>
        <source>The search index is not available; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="51"/>
        <source>Building the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="52"/>
        <source>Indexing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="53"/>
        <source>Indexed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="54"/>
        <source>Writing the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="55"/>
        <source>The search index is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="56"/>
        <source>The search index is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="63"/>
        <source>title</source>
        <extracomment>Messages whose words are quoted here (the template holds no quotes of its own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="64"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="65"/>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="103"/>
        <source>the exact phrase “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="82"/>
        <location filename="../../reader_app/gui/search/searchtext.py" line="105"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="39"/>
        <source>no article contains %1; these contain most of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="40"/>
        <source>no article contains %1; found articles containing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="108"/>
        <source>%1 contains %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="118"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="121"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="124"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="126"/>
        <source>(no words to search for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="130"/>
        <source>, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="88"/>
        <location filename="../../reader_app/gui/search/searchtext.py" line="132"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="138"/>
        <location filename="../../reader_app/gui/search/searchtext.py" line="141"/>
        <source>. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchpanel.py" line="466"/>
        <location filename="../../reader_app/gui/search/searchtext.py" line="138"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/search/searchtext.py" line="145"/>
        <location filename="../../reader_app/output/labels.py" line="29"/>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareWatch</name>
    <message>
        <location filename="../../reader_app/gui/room/sharewatch.py" line="124"/>
        <source>The shared library cannot be reached; showing this computer&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/sharewatch.py" line="127"/>
        <source>The shared library has no published search index; this computer indexes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/sharewatch.py" line="130"/>
        <source>The shared library&apos;s search index is from another version; this computer indexes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/sharewatch.py" line="133"/>
        <source>The shared library cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="105"/>
        <source>Reading-Room Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="107"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="108"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="109"/>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="111"/>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="112"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="113"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="114"/>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="116"/>
        <source>Searches per day (orange: without hits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="117"/>
        <source>Searches without hits (asked at least twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="118"/>
        <source>Most read sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="119"/>
        <source>Most read articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="135"/>
        <source>Nothing counted in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="138"/>
        <source>Counts per day only: no time of day, no sessions, nothing about a patron. A query is listed only if it was asked at least twice in the range shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="185"/>
        <source>Searches: %1 (without hits: %2) · articles opened: %3 · issues opened: %4 · prints: %5 · exports: %6 · sessions: %7 · machines: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="244"/>
        <source>Export Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/statspage.py" line="246"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="368"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="368"/>
        <source>New Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="378"/>
        <source>Also find related terms (thesaurus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="382"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="383"/>
        <source>&amp;Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="384"/>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="385"/>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="386"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="387"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicPanel</name>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="131"/>
        <source>&amp;New Topic…</source>
        <extracomment>new articles whose snippets come with the list (the rows first in view)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="132"/>
        <source>Edit Query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="133"/>
        <source>Search Whole Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="134"/>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="313"/>
        <source>Delete Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="135"/>
        <source>&amp;Accept Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="136"/>
        <source>&amp;Dismiss Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="140"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="141"/>
        <source>New articles of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="142"/>
        <source>N&amp;ote for the accepted articles (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="143"/>
        <source>Why they belong to the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="144"/>
        <source>Nothing new on this topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="150"/>
        <source>%1 · new %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="155"/>
        <source>Query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="157"/>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="159"/>
        <source>source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="163"/>
        <source>words as typed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="164"/>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/room/topicpanel.py" line="314"/>
        <source>Delete the topic “%1” and its accepted articles?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../reader_app/gui/dialogs/userguide.py" line="180"/>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/dialogs/userguide.py" line="187"/>
        <source>The user guide is missing from this installation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="230"/>
        <source>the page is %1 × %2 pt, larger than the %3 pt a side this program shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="234"/>
        <source>the page is %1 × %2 pt, smaller than the %3 pt a side this program shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="240"/>
        <source>the issue&apos;s PDF has %1 pages, not page %2; import the issue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="127"/>
        <location filename="../../reader_app/gui/base/errors.py" line="247"/>
        <source>the issue&apos;s PDF is missing; import the issue again to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="35"/>
        <source>Statistics are switched off on this computer by the machine policy.</source>
        <extracomment>The window&apos;s words for each core key; ``{name}`` stands for the message&apos;s value. (Keys of the search and the import report are worded in gui/search/searchtext.py and gui/library/importdialog.py.)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="36"/>
        <source>Statistics are not kept on this public workstation: the machine policy names no folder for them. Ask IT to set statistics_folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="37"/>
        <source>{path}: the statistics folder is on a network share, where it cannot be kept safely. Ask IT to name a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="38"/>
        <source>{path}: the statistics cannot be opened ({reason}). Ask IT to check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="39"/>
        <source>{path}: the statistics file is damaged ({reason}). Ask IT to move it away; a new one is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="40"/>
        <source>{path}: this is not a statistics export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="41"/>
        <source>{path}: this statistics export is damaged (its rows are missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="42"/>
        <source>{path}: row {row} of this statistics export is damaged; nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="43"/>
        <source>Choose a file to export the statistics to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="44"/>
        <source>Choose the statistics files to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="45"/>
        <location filename="../../reader_app/gui/base/errors.py" line="154"/>
        <source>{path}: cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="47"/>
        <source>A reading list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="48"/>
        <source>A reading list&apos;s name may have at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="49"/>
        <source>{path}: this reading list has no valid name (1 to {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="50"/>
        <source>{path}: this reading list&apos;s description is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="51"/>
        <source>{path}: this reading list&apos;s items are missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="52"/>
        <source>{path}: item {item} of this reading list names no article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="53"/>
        <source>{path}: item {item} of this reading list has a damaged note or title (a note may have at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="54"/>
        <source>{path}: item {item} of this reading list names the article {article} a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="55"/>
        <source>{path}: this is not a reading list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="56"/>
        <location filename="../../reader_app/gui/base/errors.py" line="57"/>
        <source>There is no reading list named “{name}”; the Reading lists tab shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="58"/>
        <source>A reading list named “{name}” exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="59"/>
        <source>A reading list named “{name}” exists already; nothing was changed. Rename or delete that list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="61"/>
        <location filename="../../reader_app/gui/base/errors.py" line="62"/>
        <source>There is no topic named “{name}”; the Topics tab shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="63"/>
        <source>“{name}” is a reading list, not a topic; the Topics tab shows the topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="64"/>
        <source>A topic named “{name}” exists already; nothing was changed. Choose another name, or select that topic in the Topics tab and click “Edit Query…” to give it this query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="65"/>
        <source>A reading list named “{name}” exists already; nothing was changed. Choose another name for the topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="66"/>
        <source>A file for the name “{name}” exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="67"/>
        <source>A note for the accepted articles may have at most {limit} characters; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="68"/>
        <source>These articles are not in the library: {articles}; nothing was changed. They may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="69"/>
        <source>A topic needs a query: the words to look for in every new issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="70"/>
        <source>A topic&apos;s query may have at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="71"/>
        <source>“{value}” is not a date; write it as YYYY-MM-DD, for example 2022-11-21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="72"/>
        <source>The dates start ({start}) after they end ({end}); swap the From and To dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="73"/>
        <source>{path}: the topic in this reading list file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="74"/>
        <source>{path}: this topic&apos;s query is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="75"/>
        <source>{path}: this topic&apos;s filter “{field}” is damaged (it must be a text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="76"/>
        <source>{path}: this topic&apos;s dates are damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="77"/>
        <source>{path}: this topic&apos;s related-terms switch is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="78"/>
        <source>{path}: this topic&apos;s list of dismissed articles is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="79"/>
        <source>{path}: this topic&apos;s list of new articles is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="80"/>
        <source>{path}: entry {entry} of this topic&apos;s new articles is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="81"/>
        <source>{path}: this topic&apos;s record of the issues it has searched is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="83"/>
        <source>{path}: the issue id {issue} is also used by {other}; only {shown} is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="84"/>
        <source>{path}: the issue id {issue} hides the issue in {other} ({articles} articles), which is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="85"/>
        <source>{path}: the article id {article} is also used by {other} (issue {issue}); only that one opens from a link or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="86"/>
        <source>The issue {issue} is not in the library; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="87"/>
        <source>The article {article} cannot be opened: its issue&apos;s files are damaged. The “⚠ … problem(s) in the library” button in the status bar lists what is wrong; importing the issue again repairs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="88"/>
        <source>The article {article} is not in the library; it may have been removed, or this list was made for another library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="89"/>
        <location filename="../../reader_app/gui/base/errors.py" line="90"/>
        <source>Issue {issue} is already in the library; nothing was changed. Import it again and tick “Replace the issue already in the library” to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="91"/>
        <source>Another import is still running; nothing was changed. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="92"/>
        <source>{path}: the issue cannot be written ({reason}); the library is unchanged. Free some disk space or ask IT to check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="93"/>
        <source>{path}: the issue read from this file is not sound ({problem}); nothing was written. A PDF whose layout is not understood can be imported as its text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="94"/>
        <source>The issue id {issue} cannot be a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="95"/>
        <source>{path}: this issue was saved by a newer version of the program; update the program or import the issue again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="96"/>
        <source>{path}: the id {id} may hold only letters, digits, - and _ (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="97"/>
        <source>{path}: the list of editors is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="98"/>
        <source>{path}: the issue&apos;s articles folder is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="99"/>
        <source>{path}: an article of the issue is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="100"/>
        <source>{path}: the article id {article} is also used by {other} in the same issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="101"/>
        <source>{path}: the issue has no readable article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="102"/>
        <source>{path}: the name of the issue&apos;s original PDF is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="103"/>
        <source>{path}: page entry {entry} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="104"/>
        <source>{path}: the contents entry {entry} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="105"/>
        <source>{path}: this article is not in the issue&apos;s contents; it is shown after the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="106"/>
        <source>{path}: the file is damaged (not UTF-8 text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="107"/>
        <source>{path}: the file is damaged (its header is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="108"/>
        <source>{path}: the file&apos;s header is damaged at line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="109"/>
        <source>{path}: the file is damaged (unknown kind {kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="110"/>
        <source>{path}: the article&apos;s PDF pages are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="111"/>
        <source>{path}: the issue&apos;s description file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="112"/>
        <source>{path}: the issue&apos;s description file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="113"/>
        <source>{path}: the field {field} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="114"/>
        <source>{path}: the field {field} has a value of the wrong kind ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="115"/>
        <source>{path}: this folder is not an issue (it has no issue.toml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="116"/>
        <source>{path}: the issue id {issue} differs from its folder&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="117"/>
        <source>{path}: the issue&apos;s raw text is missing; importing the issue again restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="118"/>
        <source>{path}: the issue&apos;s raw text was changed after the import; importing the issue again restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="119"/>
        <source>{path}: the article {article} has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="120"/>
        <source>{path}: the article {article} has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="121"/>
        <source>{path}: the issue&apos;s original PDF is missing; importing the issue again restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="122"/>
        <source>{path}: the issue&apos;s original PDF was changed after the import; importing the issue again restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="123"/>
        <source>{path}: the scan&apos;s recognised text is missing; importing the issue again restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="124"/>
        <source>{path}: the scan&apos;s recognised text cannot be read ({reason}); importing the issue again restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="125"/>
        <source>{path}: the recognised text belongs to another scan than the issue&apos;s PDF; importing the issue again restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="128"/>
        <location filename="../../reader_app/gui/base/errors.py" line="251"/>
        <source>the issue&apos;s PDF cannot be read; import the issue again to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="129"/>
        <source>the issue&apos;s PDF has {pages} pages, not page {page}; import the issue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="130"/>
        <source>page {page} is too large to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="131"/>
        <source>page {page} is too small to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="132"/>
        <source>This article has no printed pages: its issue was imported as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="133"/>
        <source>Choose a resolution from {low} to {high} dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="134"/>
        <source>There are no printed pages to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="135"/>
        <source>{path}: a page of the issue&apos;s PDF cannot be read; import the issue again to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="137"/>
        <source>The article {article} is not in the search index; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="139"/>
        <source>Another staff computer is publishing to the shared library; nothing was changed. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="140"/>
        <source>{path}: the shared library cannot be reached; nothing was changed. Check the network connection, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="141"/>
        <source>{path}: the shared library cannot be written ({reason}); workstations still see the last complete publication. Ask IT to check the share&apos;s space and your write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="142"/>
        <source>The shared library&apos;s search index could not be built; workstations still see the last complete publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="143"/>
        <source>The issue {issue} is not on the shared library (or came with the program and cannot be removed); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="145"/>
        <source>{path}: this is not a {kind} file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="146"/>
        <source>{path}: this file was made by a newer version of the program; update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="147"/>
        <source>{path}: the search index cannot be written ({reason}); the library is unchanged. Free some disk space or ask IT to check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="149"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="150"/>
        <source>PDF page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="151"/>
        <source>{path}: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="152"/>
        <source>{path}: this is a folder; choose the issue&apos;s PDF or text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="153"/>
        <source>{path}: this is not a file; choose the issue&apos;s PDF or text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="155"/>
        <source>{path}: the file is empty; choose the issue&apos;s text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="156"/>
        <source>{path}: this is not an issue; choose the issue&apos;s PDF or its text (UTF-8, UTF-16 or GB18030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="157"/>
        <source>{path}: the text&apos;s encoding cannot be read; save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="158"/>
        <source>{path}: the file is {mb} MB; an issue&apos;s text may be at most {limit_mb} MB. Check that you chose the issue&apos;s text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="159"/>
        <source>{path}: the file grew past {limit_mb} MB while it was read; check that you chose the issue&apos;s text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="160"/>
        <source>{path}: this is not an issue of 《信息摘编》: it has no masthead (“2022年（总第十八期）”) and no table of contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="161"/>
        <source>{path}: there is no issue line such as “2022年（总第十八期）” before the table of contents ({at}); add it at the top of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="162"/>
        <source>{path}: there is no table of contents (目录, then one title and page number a line); this file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="163"/>
        <source>{path}: none of the {count} articles of the table of contents is in the text; this file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="164"/>
        <source>{path}: the file seems cut short: it ends at {at}, before the last {missing} of {count} articles of the table of contents (from “{title}”, page {page}). Export the issue again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="165"/>
        <source>{path}: a second masthead and contents are at {at}: the issue&apos;s text seems to be in the file twice; keep one copy and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="166"/>
        <source>{path}: the article “{title}” ({at}) has {chars} characters, more than the {limit} an article may have; check for a missing title or text pasted in by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="167"/>
        <source>{path}: this file is named .pdf but is not a PDF; it is damaged or mislabelled: get the issue&apos;s PDF again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="168"/>
        <source>{path}: the PDF is {mb} MB, larger than the {limit_mb} MB an issue may have; check that you chose the issue&apos;s PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="169"/>
        <source>{path}: the PDF has no text (its pages are scanned images) and text recognition is not installed: install the staff package or run pip install -e &quot;.[ocr]&quot;, or import the PDF as exported by the typesetter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="170"/>
        <source>{path}: the import was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="171"/>
        <source>{path}: the PDF has {pages} pages, more than the {limit} an issue may have; check that you chose the issue&apos;s PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="172"/>
        <source>{path}: a page of the PDF is damaged; get the file again and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="173"/>
        <source>{path}: the PDF is protected by a password; ask the sender for the PDF without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="174"/>
        <source>{path}: the PDF is encrypted in a way that cannot be opened; ask the sender for the PDF without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="175"/>
        <source>{path}: the PDF is damaged or incomplete; get the file again (download or copy it anew) and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="176"/>
        <source>{path}: the file changed while it was read; nothing was written. Wait until it has been copied completely and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="177"/>
        <source>{path}: this PDF takes longer than {seconds} s to read; nothing was written. Check that you chose the issue&apos;s PDF, or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="178"/>
        <source>{path}: this PDF needs more than {mb} MB of memory to read; nothing was written. Check that you chose the issue&apos;s PDF, or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="179"/>
        <source>{path}: the PDF could not be read; the file is damaged: get the issue&apos;s PDF again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="186"/>
        <source>reading list</source>
        <extracomment>The kinds of staff file a header check names (core/base/fileformat.py&apos;s ``kind``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="187"/>
        <source>statistics export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="195"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="210"/>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="260"/>
        <source>there is not enough memory to draw it; close other programs and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="265"/>
        <source>the PDF could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="270"/>
        <source>the PDF could not be drawn (%1); details are in the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="291"/>
        <source>Something went wrong: %1

Details are in the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader_app/gui/base/errors.py" line="280"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
