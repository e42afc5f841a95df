"""The pages of the navigation list, in order: key, module, class name, Vietnamese title (translated
through Qt at display time)."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

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
