/// Database ids. A resident's id is also the short number shown on screen.
public typealias AccountID = Int64
public typealias UnitID = Int64
public typealias ResidentID = Int64
public typealias NoteID = Int64
public typealias AuditEntryID = Int64
