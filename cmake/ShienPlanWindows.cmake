# What ShienPlan needs beside its two .exe files on Windows, and how it is packaged there.
# There is no windeployqt in a cross build, so the list is written out here: the Qt DLLs the
# program links, the plugins Qt loads at run time, MinGW's runtime DLLs, Qt's Japanese
# translations and the BIZ UDPGothic fonts (OFL), which keep the PDFs the same as on Linux.
#
# The same list serves twice: `windows_runtime` copies it next to the programs in the build tree
# (so the tests under Wine run what a planner gets), and install() puts it into the installer and
# the ZIP. Included from packaging/CMakeLists.txt when building for Windows.

set(SHIENPLAN_WINDOWS_QT_PREFIX "" CACHE PATH "The Windows build of Qt (its bin/ and plugins/)")
if(NOT SHIENPLAN_WINDOWS_QT_PREFIX)
    # Qt6_DIR is <prefix>/lib/cmake/Qt6.
    get_filename_component(SHIENPLAN_WINDOWS_QT_PREFIX "${Qt6_DIR}/../../.." ABSOLUTE)
endif()
set(_qt "${SHIENPLAN_WINDOWS_QT_PREFIX}")

set(_qt_dlls Qt6Core Qt6Gui Qt6Widgets Qt6Sql Qt6PrintSupport)
# platforms: the real window and offscreen (--screenshot, tests); the Vista style is what
# Windows users expect; SQLite is the plan store.
set(_qt_plugins platforms/qwindows platforms/qoffscreen styles/qwindowsvistastyle sqldrivers/qsqlite)

set(_runtime_files)
foreach(dll IN LISTS _qt_dlls)
    list(APPEND _runtime_files "${_qt}/bin/${dll}.dll")
endforeach()
# The C++ runtime of the posix-thread MinGW compiler the program was built with.
foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
        OUTPUT_VARIABLE _path OUTPUT_STRIP_TRAILING_WHITESPACE)
    get_filename_component(_path "${_path}" ABSOLUTE)
    list(APPEND _runtime_files "${_path}")
endforeach()

find_file(SHIENPLAN_QTBASE_JA qtbase_ja.qm
    PATHS /usr/share/qt6/translations "${_qt}/translations" NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
set(_font_dir /usr/share/fonts/truetype/bizud-gothic)
set(_fonts "${_font_dir}/BIZUDPGothic-Regular.ttf" "${_font_dir}/BIZUDPGothic-Bold.ttf"
    "${_font_dir}/BIZUDGothic-Regular.ttf" "${_font_dir}/BIZUDGothic-Bold.ttf")
set(_font_license /usr/share/doc/fonts-morisawa-bizud-gothic/copyright)

set(_missing)
foreach(f IN LISTS _runtime_files _fonts _font_license SHIENPLAN_QTBASE_JA)
    if(NOT EXISTS "${f}")
        list(APPEND _missing "${f}")
    endif()
endforeach()
foreach(p IN LISTS _qt_plugins)
    if(NOT EXISTS "${_qt}/plugins/${p}.dll")
        list(APPEND _missing "${_qt}/plugins/${p}.dll")
    endif()
endforeach()
if(_missing)
    message(FATAL_ERROR "Windows runtime files not found: ${_missing} "
        "(scripts/windows/build.sh installs the fonts and translations and builds Qt)")
endif()

# qt.conf: Qt finds its plugins and translations beside the program, wherever it is installed.
set(_qt_conf "${CMAKE_CURRENT_BINARY_DIR}/qt.conf")
file(WRITE "${_qt_conf}" "[Paths]\nPrefix = .\nPlugins = plugins\nTranslations = translations\n")

# --- the build tree: the programs and the tests run with exactly this set --------------------
set(_bin "${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
set(_copy_commands
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_bin}/translations" "${_bin}/fonts"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${_runtime_files} "${_qt}/bin/Qt6Test.dll" "${_qt_conf}" "${_bin}"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different "${SHIENPLAN_QTBASE_JA}" "${_bin}/translations"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${_fonts} "${_bin}/fonts")
foreach(p IN LISTS _qt_plugins)
    get_filename_component(_dir "${p}" DIRECTORY)
    list(APPEND _copy_commands
        COMMAND ${CMAKE_COMMAND} -E make_directory "${_bin}/plugins/${_dir}"
        COMMAND ${CMAKE_COMMAND} -E copy_if_different "${_qt}/plugins/${p}.dll" "${_bin}/plugins/${_dir}")
endforeach()
add_custom_target(windows_runtime ALL ${_copy_commands} VERBATIM
    COMMENT "Qt, MinGW, translations and fonts beside the Windows programs")

# shienplan-cli writes the same bytes as on Linux: stdout in binary mode (no "\r\n").
target_sources(shienplan-cli PRIVATE "${PROJECT_SOURCE_DIR}/packaging/windows/binarystdio.cpp")

# --- the installer and the ZIP: everything in one folder --------------------------------------
install(FILES ${_runtime_files} "${_qt_conf}" DESTINATION .)
foreach(p IN LISTS _qt_plugins)
    get_filename_component(_dir "${p}" DIRECTORY)
    install(FILES "${_qt}/plugins/${p}.dll" DESTINATION plugins/${_dir})
endforeach()
install(FILES "${SHIENPLAN_QTBASE_JA}" DESTINATION translations)
install(FILES ${_fonts} DESTINATION fonts)
install(FILES "${_font_license}" DESTINATION fonts RENAME BIZUDGothic-license.txt)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/windows/README-ja.txt" DESTINATION .)

set(CPACK_PACKAGE_NAME "ShienPlan")
set(CPACK_PACKAGE_VENDOR "ShienPlan")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "ひきこもり支援推進事業の計画・補助金試算")
set(CPACK_GENERATOR "NSIS;ZIP")
# The ZIP unpacks into one folder; the program runs from there as it is (no install).
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
set(CPACK_NSIS_PACKAGE_NAME "ShienPlan")
set(CPACK_NSIS_DISPLAY_NAME "ShienPlan")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ShienPlan")
# Our own NSIS.template.in (per-user install, no elevation) replaces CMake's.
list(PREPEND CPACK_MODULE_PATH "${PROJECT_SOURCE_DIR}/packaging/windows")
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/packaging/windows/CPackProjectConfig.cmake")
