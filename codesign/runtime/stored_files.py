"""Files go when their rows go.

Every model field that keeps a file in storage (pictures of ideas, session photos, outcome
photos, receipts, shared files) has its files deleted from storage once the transaction that
deleted the row commits: whether the row was deleted on its own, with a queryset, or by a
cascade, as when a project or an account is deleted. A photo of a care leaver must never be
left behind in storage after the record that allowed it is gone.

Listening for post_delete also stops Django deleting these rows in bulk without loading them,
so a cascade cannot skip this. If the transaction is rolled back, nothing is deleted.
"""

from django.apps import apps
from django.db import models, transaction
from django.db.models.signals import post_delete


def file_fields(model):
    return [field for field in model._meta.concrete_fields if isinstance(field, models.FileField)]


def delete_files_with_rows():
    """Connect every model with a file field. Called once from CodesignConfig.ready()."""
    for model in apps.get_models():
        if file_fields(model):
            post_delete.connect(
                _row_deleted,
                sender=model,
                weak=False,
                dispatch_uid=f"stored-files-{model._meta.label_lower}",
            )


def _row_deleted(sender, instance, using, **kwargs):
    stored = [
        (field.storage, name)
        for field in file_fields(sender)
        if (name := getattr(instance, field.attname).name)
    ]
    if stored:
        transaction.on_commit(lambda: _delete(stored), using=using)


def _delete(stored):
    for storage, name in stored:
        # Already gone (a service deleted it first) is fine: storages ignore a missing name.
        storage.delete(name)
