#pragma once

// The server's schema, versioned like the .shienplan file: each version is one forward migration
// run by `server init` in one transaction. Constant SQL only (no value of anyone's is in it):
// the statements that carry values are prepared in prefectureserver.cpp.

#include <QString>

namespace shienplan::serverschema
{

inline constexpr int kVersion = 1;
inline constexpr const char *kSchema = "shienplan";

// The SQL that takes the schema from version `to - 1` to `to` (1 … kVersion).
QString migration(int to);
// The group roles of this database, derived from its name because roles are shared by every
// database of a PostgreSQL cluster: "<database>_planner", "<database>_officer".
QString plannerRole(const QString &database);
QString officerRole(const QString &database);

} // namespace shienplan::serverschema
