# Read by cpack once per generator: the installer and the portable ZIP get names that say which
# is which (dist/ShienPlan-<version>-setup.exe, dist/ShienPlan-<version>-portable.zip).
if(CPACK_GENERATOR MATCHES "NSIS")
    set(CPACK_PACKAGE_FILE_NAME "ShienPlan-${CPACK_PACKAGE_VERSION}-setup")
elseif(CPACK_GENERATOR STREQUAL "ZIP")
    set(CPACK_PACKAGE_FILE_NAME "ShienPlan-${CPACK_PACKAGE_VERSION}-portable")
endif()
