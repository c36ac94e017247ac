import TerminalUI
import TovholderCore
import TovholderStorage

/// First start on an empty database: the home's name and the first admin account, or (one
/// key) the fictional demo home in a file of its own, to try everything at once.
final class FirstRunScreen: Screen {
  let flow: SessionFlow
  var form: FormState
  var error: String?

  init(flow: SessionFlow) {
    self.flow = flow
    let t = flow.context.texts
    let required = t("form.required")
    form = FormState(
      fields: [
        .text(id: "home", label: t("firstRun.home"), isRequired: true, maxLength: 100),
        .text(id: "name", label: t("firstRun.name"), isRequired: true, maxLength: 100),
        .text(id: "username", label: t("firstRun.username"), isRequired: true, maxLength: 64),
        .text(id: "password", label: t("firstRun.password"), isRequired: true, secret: true, maxLength: 256),
        .text(id: "repeat", label: t("firstRun.repeat"), isRequired: true, secret: true, maxLength: 256),
      ], requiredMessage: required)
  }

  func title(_ context: AppContext) -> String { context.texts("firstRun.title") }
  var isEditingText: Bool { true }
  var scopes: [CommandScope] { [.form, .firstRun] }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let box = area.centered(width: 70, height: 18)
    let block = Block(title: t("firstRun.title"))
    block.render(into: &buffer, area: box)
    let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
    var y = inner.y
    for line in t("firstRun.intro").wrapped(toWidth: max(1, inner.width)).prefix(3) {
      buffer.put(line, x: inner.x, y: y, maxWidth: inner.width, style: .muted)
      y += 1
    }
    let demo = t("firstRun.demo", context.keyName(.openDemo))
    buffer.put(demo, x: inner.x, y: y, maxWidth: inner.width, style: .warning)
    y += 1
    let formArea = Rect(x: inner.x, y: y + 1, width: inner.width, height: inner.maxY - y - 2)
    Form(labelWidth: 22).render(into: &buffer, area: formArea, state: &form)
    if let error { buffer.put(error, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: .error) }
    return form.cursor
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    switch command {
    case .save: return create(context)
    case .openDemo:
      // Making the demo takes a few seconds: say so on screen first, then make it.
      context.show(context.texts("firstRun.demo.making"), seconds: 60)
      context.afterFrame = { [flow] shell in
        switch flow.openDemo() {
        case .success(.replace(let screen)):
          shell.reset(to: screen)
          context.show(context.texts("firstRun.demo.opened"), seconds: 30)
        case .success: break
        case .failure(let refusal): context.show(refusal.message(context.texts), kind: .error, seconds: 30)
        }
      }
      return .stay
    default: return .unhandled
    }
  }

  func hints(context: AppContext) -> [(String, String)] {
    [
      (context.keyName(.save), context.texts("cmd.save")),
      (context.keyName(.openDemo), context.texts("cmd.openDemo")),
    ]
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if key == .enter {
      if form.focus < form.fields.count - 1 {
        form.setFocus(form.focus + 1)
        return .stay
      }
      return create(context)
    }
    _ = form.handle(key)
    return .stay
  }

  private func create(_ context: AppContext) -> ScreenAction {
    let t = context.texts
    guard form.validateAll() else { return .stay }
    guard form.value("password") == form.value("repeat") else {
      form.setMessage(t("firstRun.mismatch"), for: "repeat")
      form.setFocus(id: "repeat")
      return .stay
    }
    let admin = NewAccount(
      username: form.value("username").trimmingCharacters(in: [" "]),
      displayName: form.value("name").trimmingCharacters(in: [" "]), role: .admin, unitIDs: [],
      password: form.value("password"), expiresAt: nil)
    do {
      let actor = try flow.database.setup.initialize(
        homeName: form.value("home").trimmingCharacters(in: [" "]), admin: admin)
      return flow.signedIn(actor)
    } catch {
      self.error = ErrorMessages.describe(error, t)
      return .stay
    }
  }
}
