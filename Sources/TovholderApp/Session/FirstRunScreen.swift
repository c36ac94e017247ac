import TerminalUI
import TovholderCore
import TovholderStorage

enum FirstRunField: String, FormFieldID { case home, name, username, password, repeated }

/// First start on an empty database: the home's name and the first admin account, or (one
/// key) the fictional demo home in a file of its own, to try everything at once. Nobody is
/// signed in yet, so this form keeps no draft (and a password never is one).
final class FirstRunScreen: FormScreen<FirstRunField> {
  init(flow: SessionFlow) {
    let t = flow.context.texts
    super.init(
      title: t("firstRun.title"), context: flow.context,
      fields: [
        .text(.home, t("firstRun.home"), required: true, max: 100),
        .text(.name, t("firstRun.name"), required: true, max: 100),
        .text(.username, t("firstRun.username"), required: true, max: 64),
        .secret(.password, t("firstRun.password"), required: true),
        .secret(.repeated, t("firstRun.repeat"), required: true),
      ], draftKey: nil
    ) { s, _ in
      let admin = NewAccount(
        username: s.raw(.username).trimmingCharacters(in: [" "]),
        displayName: s.raw(.name).trimmingCharacters(in: [" "]),
        role: .admin, unitIDs: [], password: s.raw(.password), expiresAt: nil)
      let actor = try flow.database.setup.initialize(homeName: s.raw(.home).trimmingCharacters(in: [" "]), admin: admin)
      return FormSaved(nil, then: flow.signedIn(actor))
    }
    check = { s, t in s.raw(.password) == s.raw(.repeated) ? [] : [(.repeated, t("firstRun.mismatch"))] }
    labelWidth = 22
    extraScopes = [.firstRun]
    commandHints = [(.openDemo, "cmd.openDemo")]
    commands[.openDemo] = { [flow] context in
      // Making the demo takes a few seconds: say so on screen first, then make it.
      context.show(context.texts("firstRun.demo.making"), seconds: 60)
      context.afterFrame = { shell in
        switch flow.openDemo() {
        case .success(.replace(let screen)):
          shell.reset(to: screen)
          context.show(context.texts("firstRun.demo.opened"), seconds: 30)
        case .success: break
        case .failure(let refusal): context.show(refusal.message(context.texts), kind: .error, seconds: 30)
        }
      }
      return .stay
    }
  }

  override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let box = area.centered(width: 70, height: 18)
    let block = Block(title: titleText)
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
    return drawForm(
      into: &buffer, area: Rect(x: inner.x, y: y + 1, width: inner.width, height: max(0, inner.maxY - y - 1)))
  }
}
