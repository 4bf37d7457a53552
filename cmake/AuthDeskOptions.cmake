# One INTERFACE target carries the language standard, the warnings and the strict Qt defines, so
# no global CMAKE_CXX_FLAGS are needed and every target of the project is built the same way.
add_library(authdesk_options INTERFACE)

target_compile_features(authdesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(authdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    AUTHDESK_VERSION="${PROJECT_VERSION}")

target_compile_options(authdesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)

if(AUTHDESK_WERROR)
    target_compile_options(authdesk_options INTERFACE -Werror)
endif()

# Test code (tests/, bench/) is marked with the target property AUTHDESK_TEST_CODE, inherited from
# its directory (set in tests/CMakeLists.txt and bench/). Its optimisation buys nothing, and the ~80
# test units are most of the compile time, so they build at -O0; in the sanitizer build also without
# instrumentation or debug info: the sanitizers check the project's libraries, which the tests call
# (and the executables still link the sanitizer runtimes, which catch bad frees and leaks anywhere).
define_property(TARGET PROPERTY AUTHDESK_TEST_CODE INHERITED
    BRIEF_DOCS "Tests and benchmarks: built at -O0 and, in the sanitizer build, uninstrumented"
    FULL_DOCS "Set on a directory to mark every target in it; read by authdesk_options.")
define_property(DIRECTORY PROPERTY AUTHDESK_TEST_CODE INHERITED
    BRIEF_DOCS "Marks every target in the directory as test code"
    FULL_DOCS "See the target property AUTHDESK_TEST_CODE.")
set(authdesk_is_test "$<BOOL:$<TARGET_PROPERTY:AUTHDESK_TEST_CODE>>")
set(authdesk_is_product "$<NOT:${authdesk_is_test}>")

if(AUTHDESK_FUZZ)
    # Every library is instrumented for libFuzzer's coverage and checked by ASan and UBSan; only the
    # fuzz target itself links libFuzzer's main (tests/fuzz). -O1 and line tables, as libFuzzer's
    # documentation advises: a crash still names file:line, and the build takes far less time.
    target_compile_options(authdesk_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
        -O1 -gline-tables-only)
    target_link_options(authdesk_options INTERFACE -fsanitize=address,undefined)
elseif(AUTHDESK_SANITIZE)
    # -O1 and line tables only (-g1): the sanitizers' reports keep file:line, and the instrumented
    # build compiles and links in far less time than at -O2 with full debug info. UBSan's null,
    # alignment and pointer-overflow checks are left out: they instrument nearly every member access
    # (a heavy unity batch: 11.3 s of CPU with them, 7.9 s without), ASan already reports a null
    # dereference, and unaligned access is harmless on x86-64. The checks that found real bugs here
    # (vptr: a QApplication cast, a dying view) stay.
    target_compile_options(authdesk_options INTERFACE
        "$<${authdesk_is_product}:-fsanitize=address,undefined;-fno-sanitize=null,alignment,pointer-overflow;-fno-sanitize-recover=undefined;-fno-omit-frame-pointer;-O1;-g1>"
        "$<${authdesk_is_test}:-O0;-g0>")
    target_link_options(authdesk_options INTERFACE -fsanitize=address,undefined)
    # Uninstrumented test code cannot see __SANITIZE_ADDRESS__, yet runs with ASan's allocator (whose
    # quarantine keeps freed memory resident): this tells it so.
    target_compile_definitions(authdesk_options INTERFACE "$<${authdesk_is_test}:AUTHDESK_UNDER_ASAN>")
else()
    target_compile_options(authdesk_options INTERFACE "$<${authdesk_is_test}:-O0>")
endif()

# authdesk_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [KEYCHAIN] [BOTH_ENGINES | POSTGRES_ONLY])
# One Qt Test executable per class under test. Every test runs with the offscreen platform and
# QStandardPaths test mode paths under its own temporary HOME, so no test touches the user's data.
# KEYCHAIN tests run inside their own D-Bus session with an unlocked gnome-keyring.
# BOTH_ENGINES registers the executable a second time as <name>_pg (label postgres) with
# AUTHDESK_TEST_ENGINE=postgres, so its TestDatabase/ApiFixture run on the PostgreSQL cluster that
# AUTHDESK_TEST_PG_URL names (scripts/test starts one); without that URL the _pg test fails.
# POSTGRES_ONLY registers only that PostgreSQL run, under the plain <name>.
# LABELS timing marks a suite that measures time or loads both cores: such suites hold the
# cpu_timing resource lock, so ctest -j never runs two of them (or the node suites) side by side.
function(authdesk_add_test name)
    cmake_parse_arguments(ARG "KEYCHAIN;BOTH_ENGINES;POSTGRES_ONLY" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE authdesk_options Qt6::Test ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(engines sqlite)
    if(ARG_BOTH_ENGINES)
        list(APPEND engines postgres)
    elseif(ARG_POSTGRES_ONLY)
        set(engines postgres)
    endif()
    foreach(engine IN LISTS engines)
        set(test_name ${name})
        set(labels ${ARG_LABELS})
        if(engine STREQUAL "postgres")
            if(ARG_BOTH_ENGINES)
                set(test_name ${name}_pg)
            endif()
            list(APPEND labels postgres)
        endif()
        set(home "${CMAKE_BINARY_DIR}/test-home/${test_name}")
        if(ARG_KEYCHAIN)
            add_test(NAME ${test_name}
                COMMAND dbus-run-session -- "${PROJECT_SOURCE_DIR}/scripts/lib/with-keyring" $<TARGET_FILE:${name}>)
            list(APPEND labels keychain)
        else()
            add_test(NAME ${test_name} COMMAND ${name})
        endif()
        if("timing" IN_LIST labels)
            # Suites that measure time or load the machine never run beside one another (ctest -j).
            set_tests_properties(${test_name} PROPERTIES RESOURCE_LOCK cpu_timing)
        endif()
        set_tests_properties(${test_name} PROPERTIES
            TIMEOUT ${ARG_TIMEOUT}
            LABELS "${labels}"
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_DATA_HOME=${home}/.local/share;XDG_CONFIG_HOME=${home}/.config;XDG_RUNTIME_DIR=${home}/run;AUTHDESK_BINARY=$<TARGET_FILE:authdesk>;AUTHDESK_TEST_ENGINE=${engine}")
        file(MAKE_DIRECTORY "${home}/run")
        file(CHMOD "${home}/run" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    endforeach()
endfunction()
