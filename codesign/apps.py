from django.apps import AppConfig


class CodesignConfig(AppConfig):
    name = "codesign"
    verbose_name = "Codesign"

    def ready(self):
        from codesign import checks  # noqa: F401  (registers the system checks)
        from codesign.runtime import signed_in
        from codesign.runtime.stored_files import delete_files_with_rows

        delete_files_with_rows()
        signed_in.connect()
