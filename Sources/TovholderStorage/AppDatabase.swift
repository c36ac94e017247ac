import GRDB
import TovholderCore
