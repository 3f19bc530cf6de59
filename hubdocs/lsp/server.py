"""``hubdocs lsp``: a language server (pygls) publishing hubdocs findings in the editor.

On open and on save of a translated page or a glossary file, the file is checked as it is on
disk and its findings are published as diagnostics; a finding whose fix is a replacement
(a do-not-translate name recased, a forbidden term) offers it as a quick fix.
"""

from __future__ import annotations

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from hubdocs import __version__
from hubdocs.checks.model import Severity
from hubdocs.lsp.diagnostics import Diagnostic, diagnostics_for

SOURCE = "hubdocs"
_SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def _range(line: int, column: int, end_line: int, end_column: int) -> types.Range:
    return types.Range(types.Position(line, column), types.Position(end_line, end_column))


def to_lsp(diagnostic: Diagnostic) -> types.Diagnostic:
    fix = diagnostic.fix
    return types.Diagnostic(
        range=_range(
            diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column
        ),
        message=diagnostic.message,
        severity=_SEVERITIES.get(diagnostic.severity, types.DiagnosticSeverity.Hint),
        code=diagnostic.code,
        source=SOURCE,
        data={"replace": fix.by} if fix is not None else None,
    )


def build_server() -> LanguageServer:
    server = LanguageServer(
        SOURCE, __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full
    )

    def publish(uri: str) -> None:
        path = to_fs_path(uri)
        if path is None:
            return
        from pathlib import Path

        found = [to_lsp(d) for d in diagnostics_for(Path(path))]
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=found)
        )

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(params: types.CodeActionParams) -> list[types.CodeAction]:
        actions = []
        for diagnostic in params.context.diagnostics:
            data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
            if diagnostic.source != SOURCE or "replace" not in data:
                continue
            edit = types.TextEdit(range=diagnostic.range, new_text=str(data["replace"]))
            actions.append(
                types.CodeAction(
                    title=f'Replace with "{data["replace"]}"',
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    is_preferred=True,
                    edit=types.WorkspaceEdit(changes={params.text_document.uri: [edit]}),
                )
            )
        return actions

    return server
