"""All tables. Each register keeps its models in its own module; import them all here so
that Alembic and `Base.metadata` see every table."""
from core.models.base import Base
from core.models.commune import Commune, HolidayOverride, ImportBatch, ImportProfile, Setting
from core.models.dossiers import Dossier, DossierDocument, DossierEvent, Procedure, ProcedureDocument
from core.models.staff import Assignment, Department, Staff, StaffingQuota
from core.models.equipment import EquipmentItem, Need, NeedEvent, SiteProblem, SiteProblemEvent
from core.models.recommendations import (Recommendation, RecommendationEvent, RecommendationShortage,
                                         recommendation_need)
from core.models.tasks import MonthlyPlan, PlanTask, Task, TaskCoordinator, TaskEvent
from core.models.training import Attendance, Course, RequiredTraining

__all__ = ["Base", "Commune", "Setting", "HolidayOverride", "ImportBatch", "ImportProfile", "Procedure", "Dossier",
           "DossierEvent", "DossierDocument", "ProcedureDocument", "Department", "Staff", "Assignment", "StaffingQuota"]
__all__ += ["EquipmentItem", "Need", "NeedEvent", "SiteProblem", "SiteProblemEvent", "Recommendation",
            "RecommendationEvent", "RecommendationShortage", "recommendation_need"]
__all__ += ["MonthlyPlan", "PlanTask", "Task", "TaskCoordinator", "TaskEvent", "Attendance", "Course",
            "RequiredTraining"]
from core.models.auth import AuditEntry, FinalisedReturn, ReturnAssessment, User  # noqa: E402 - issue 7

__all__ += ["User", "AuditEntry", "FinalisedReturn", "ReturnAssessment"]
