"""The 信息摘编 reader: offline copies of the digest, browsable and searchable."""

__version__ = "0.1.0"
APP_NAME = "reader-app"
APP_AUTHOR = "TJFTZ-Library"
#: The UI languages (resources/translations/reader_app_<code>.ts); the first is the default.
LANGUAGES = ("zh_CN", "en")
