"""The pages of the navigation list, in order: key, module, class name, Vietnamese title (translated
through Qt at display time, context "Navigation").

No Qt here: the launcher reads the keys for `--page` before deciding whether to open the window at
all, so a command never loads Qt (gui.launch)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context` (pyside6-lupdate reads the call); the window
    translates it when it shows the title."""
    return text


PAGES = [
    ("dashboard", "gui.pages.dashboard", "DashboardPage", QT_TRANSLATE_NOOP("Navigation", "Tổng quan")),
    ("dossiers", "gui.pages.dossiers", "DossiersPage", QT_TRANSLATE_NOOP("Navigation", "Hồ sơ")),
    ("staff", "gui.pages.staff", "StaffPage", QT_TRANSLATE_NOOP("Navigation", "Nhân sự")),
    ("tasks", "gui.pages.tasks", "TasksPage", QT_TRANSLATE_NOOP("Navigation", "Kế hoạch công tác")),
    ("equipment", "gui.pages.equipment", "EquipmentPage", QT_TRANSLATE_NOOP("Navigation", "Trang thiết bị")),
    ("recommendations", "gui.pages.recommendations", "RecommendationsPage",
     QT_TRANSLATE_NOOP("Navigation", "Kiến nghị")),
    ("reports", "gui.pages.reports", "ReportsPage", QT_TRANSLATE_NOOP("Navigation", "Báo cáo")),
    ("settings", "gui.pages.settings", "SettingsPage", QT_TRANSLATE_NOOP("Navigation", "Cài đặt")),
]


def page_keys() -> list[str]:
    """The keys `--page` accepts, in navigation order."""
    return [key for key, *_ in PAGES]
