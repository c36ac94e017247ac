import Foundation
import Testing

@testable import TovholderStorage

/// A database on NFS, SMB or FUSE is refused (issue 19); the mount is found in the mount table.
@Suite struct NetworkFileSystemTests {
  let mountinfo = """
    22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
    30 22 0:26 / /srv/nfs rw,relatime shared:5 - nfs4 filer:/export/tovholder rw,vers=4.2
    31 22 0:27 / /mnt/share rw,relatime shared:6 - cifs //nas/plejen rw
    32 22 0:28 / /home/lene/remote rw,nosuid shared:7 - fuse.sshfs lene@server:/ rw
    33 30 8:2 / /srv/nfs/local rw,relatime shared:8 - ext4 /dev/sdb1 rw
    34 22 0:29 / /mnt/med\\040mellemrum rw shared:9 - nfs filer:/x rw
    35 22 0:30 / /tmp rw shared:10 - tmpfs tmpfs rw
    """

  @Test func theLongestMountPointAboveThePathDecides() {
    #expect(NetworkFileSystem.kind(of: "/var/lib/tovholder/tovholder.sqlite", mountinfo: mountinfo) == nil)
    #expect(NetworkFileSystem.kind(of: "/srv/nfs/tovholder.sqlite", mountinfo: mountinfo) == "NFS")
    #expect(NetworkFileSystem.kind(of: "/srv/nfs", mountinfo: mountinfo) == "NFS")
    #expect(NetworkFileSystem.kind(of: "/srv/nfs/local/tovholder.sqlite", mountinfo: mountinfo) == nil)
    #expect(NetworkFileSystem.kind(of: "/srv/nfsx/tovholder.sqlite", mountinfo: mountinfo) == nil)
    #expect(NetworkFileSystem.kind(of: "/mnt/share/db.sqlite", mountinfo: mountinfo) == "SMB/CIFS")
    #expect(NetworkFileSystem.kind(of: "/home/lene/remote/db.sqlite", mountinfo: mountinfo) == "FUSE (sshfs)")
    #expect(NetworkFileSystem.kind(of: "/mnt/med mellemrum/db.sqlite", mountinfo: mountinfo) == "NFS")
    #expect(NetworkFileSystem.kind(of: "/tmp/x.sqlite", mountinfo: mountinfo) == nil)
  }

  @Test func typesThatAreRefused() {
    for type in ["nfs", "nfs4", "cifs", "smb3", "fuse", "fuseblk", "9p", "ceph", "glusterfs"] {
      #expect(NetworkFileSystem.kind(type: type) != nil, "\(type)")
    }
    for type in ["ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs"] {
      #expect(NetworkFileSystem.kind(type: type) == nil, "\(type)")
    }
  }

  @Test func aLocalFolderOpensAndTheRealMountTableIsRead() throws {
    let folder = try TempFolder()
    #expect(NetworkFileSystem.kind(of: folder.url.path) == nil)
    _ = try Fixture.open(folder.file("local.sqlite"))
  }
}
