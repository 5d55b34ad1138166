/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The settings a management server deploys to its agents, group by group, and the policies that hold them at each scope (the root, a domain, an agent, or a template not bound to a server). Each class mirrors a wire record of io.bulwark.protocol.settings, field for field, so that what the console shows and edits is exactly what the server stores.
 * <!-- end-model-doc -->
 * @see io.bulwark.model.settings.SettingsFactory
 * @model kind="package"
 * @generated
 */
public interface SettingsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "settings";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://bulwark.io/model/settings/0.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "settings";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SettingsPackage eINSTANCE = io.bulwark.model.settings.impl.SettingsPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.PolicyImpl <em>Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.PolicyImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getPolicy()
	 * @generated
	 */
	int POLICY = 0;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__SCOPE = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Scan Method</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__SCAN_METHOD = 2;

	/**
	 * The feature id for the '<em><b>Manual Scan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__MANUAL_SCAN = 3;

	/**
	 * The feature id for the '<em><b>Real Time Scan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__REAL_TIME_SCAN = 4;

	/**
	 * The feature id for the '<em><b>Scheduled Scan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__SCHEDULED_SCAN = 5;

	/**
	 * The feature id for the '<em><b>Scan Now</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__SCAN_NOW = 6;

	/**
	 * The feature id for the '<em><b>Privileges</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__PRIVILEGES = 7;

	/**
	 * The feature id for the '<em><b>Update Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__UPDATE_SETTINGS = 8;

	/**
	 * The feature id for the '<em><b>Update Sources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__UPDATE_SOURCES = 9;

	/**
	 * The feature id for the '<em><b>Web Reputation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__WEB_REPUTATION = 10;

	/**
	 * The feature id for the '<em><b>Firewall</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__FIREWALL = 11;

	/**
	 * The feature id for the '<em><b>Global Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__GLOBAL_SETTINGS = 12;

	/**
	 * The number of structural features of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.ScanMethodSettingsImpl <em>Scan Method Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.ScanMethodSettingsImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanMethodSettings()
	 * @generated
	 */
	int SCAN_METHOD_SETTINGS = 1;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_METHOD_SETTINGS__METHOD = 0;

	/**
	 * The number of structural features of the '<em>Scan Method Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_METHOD_SETTINGS_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Scan Method Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_METHOD_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.ScanTypeSettingsImpl <em>Scan Type Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.ScanTypeSettingsImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanTypeSettings()
	 * @generated
	 */
	int SCAN_TYPE_SETTINGS = 2;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TYPE_SETTINGS__TARGETS = 0;

	/**
	 * The feature id for the '<em><b>Exclusions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TYPE_SETTINGS__EXCLUSIONS = 1;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TYPE_SETTINGS__ACTIONS = 2;

	/**
	 * The feature id for the '<em><b>Spyware Assessment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT = 3;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TYPE_SETTINGS__SCHEDULE = 4;

	/**
	 * The number of structural features of the '<em>Scan Type Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TYPE_SETTINGS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Scan Type Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TYPE_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.ScanTargetsImpl <em>Scan Targets</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.ScanTargetsImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanTargets()
	 * @generated
	 */
	int SCAN_TARGETS = 3;

	/**
	 * The feature id for the '<em><b>Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TARGETS__FILES = 0;

	/**
	 * The feature id for the '<em><b>Extensions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TARGETS__EXTENSIONS = 1;

	/**
	 * The feature id for the '<em><b>Folders</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TARGETS__FOLDERS = 2;

	/**
	 * The feature id for the '<em><b>Specified Folders</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TARGETS__SPECIFIED_FOLDERS = 3;

	/**
	 * The feature id for the '<em><b>Compressed Layers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TARGETS__COMPRESSED_LAYERS = 4;

	/**
	 * The number of structural features of the '<em>Scan Targets</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TARGETS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Scan Targets</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_TARGETS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.ScanExclusionsImpl <em>Scan Exclusions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.ScanExclusionsImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanExclusions()
	 * @generated
	 */
	int SCAN_EXCLUSIONS = 4;

	/**
	 * The feature id for the '<em><b>Folders</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_EXCLUSIONS__FOLDERS = 0;

	/**
	 * The feature id for the '<em><b>Files</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_EXCLUSIONS__FILES = 1;

	/**
	 * The feature id for the '<em><b>Extensions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_EXCLUSIONS__EXTENSIONS = 2;

	/**
	 * The number of structural features of the '<em>Scan Exclusions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_EXCLUSIONS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Scan Exclusions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_EXCLUSIONS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.ScanActionsImpl <em>Scan Actions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.ScanActionsImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanActions()
	 * @generated
	 */
	int SCAN_ACTIONS = 5;

	/**
	 * The feature id for the '<em><b>First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_ACTIONS__FIRST = 0;

	/**
	 * The feature id for the '<em><b>When Clean Fails</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_ACTIONS__WHEN_CLEAN_FAILS = 1;

	/**
	 * The number of structural features of the '<em>Scan Actions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_ACTIONS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Scan Actions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCAN_ACTIONS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.SpywareAssessmentImpl <em>Spyware Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.SpywareAssessmentImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getSpywareAssessment()
	 * @generated
	 */
	int SPYWARE_ASSESSMENT = 6;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPYWARE_ASSESSMENT__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPYWARE_ASSESSMENT__WEEKS = 1;

	/**
	 * The number of structural features of the '<em>Spyware Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPYWARE_ASSESSMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Spyware Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPYWARE_ASSESSMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.ScheduleImpl <em>Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.ScheduleImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getSchedule()
	 * @generated
	 */
	int SCHEDULE = 7;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__FREQUENCY = 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__TIME = 1;

	/**
	 * The feature id for the '<em><b>Day Of Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__DAY_OF_WEEK = 2;

	/**
	 * The feature id for the '<em><b>Day Of Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__DAY_OF_MONTH = 3;

	/**
	 * The number of structural features of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.PrivilegesImpl <em>Privileges</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.PrivilegesImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getPrivileges()
	 * @generated
	 */
	int PRIVILEGES = 8;

	/**
	 * The feature id for the '<em><b>Configure Scans</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES__CONFIGURE_SCANS = 0;

	/**
	 * The feature id for the '<em><b>Toggle Firewall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES__TOGGLE_FIREWALL = 1;

	/**
	 * The feature id for the '<em><b>Configure Proxy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES__CONFIGURE_PROXY = 2;

	/**
	 * The feature id for the '<em><b>Update Now</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES__UPDATE_NOW = 3;

	/**
	 * The feature id for the '<em><b>Update Components Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES__UPDATE_COMPONENTS_ONLY = 4;

	/**
	 * The feature id for the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES__SECURITY_LEVEL = 5;

	/**
	 * The feature id for the '<em><b>Unload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES__UNLOAD = 6;

	/**
	 * The feature id for the '<em><b>Uninstall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES__UNINSTALL = 7;

	/**
	 * The feature id for the '<em><b>Unload Password</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES__UNLOAD_PASSWORD = 8;

	/**
	 * The number of structural features of the '<em>Privileges</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Privileges</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIVILEGES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.UnloadPasswordImpl <em>Unload Password</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.UnloadPasswordImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUnloadPassword()
	 * @generated
	 */
	int UNLOAD_PASSWORD = 9;

	/**
	 * The feature id for the '<em><b>Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNLOAD_PASSWORD__SET = 0;

	/**
	 * The feature id for the '<em><b>Password</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNLOAD_PASSWORD__PASSWORD = 1;

	/**
	 * The number of structural features of the '<em>Unload Password</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNLOAD_PASSWORD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Unload Password</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNLOAD_PASSWORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.UpdateSettingsImpl <em>Update Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.UpdateSettingsImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUpdateSettings()
	 * @generated
	 */
	int UPDATE_SETTINGS = 10;

	/**
	 * The feature id for the '<em><b>After Server Download</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SETTINGS__AFTER_SERVER_DOWNLOAD = 0;

	/**
	 * The feature id for the '<em><b>On Agent Restart</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SETTINGS__ON_AGENT_RESTART = 1;

	/**
	 * The feature id for the '<em><b>Scheduled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SETTINGS__SCHEDULED = 2;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SETTINGS__SCHEDULE = 3;

	/**
	 * The number of structural features of the '<em>Update Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SETTINGS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Update Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.UpdateSourcesImpl <em>Update Sources</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.UpdateSourcesImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUpdateSources()
	 * @generated
	 */
	int UPDATE_SOURCES = 11;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SOURCES__MODE = 0;

	/**
	 * The feature id for the '<em><b>Custom</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SOURCES__CUSTOM = 1;

	/**
	 * The feature id for the '<em><b>Fallback To Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SOURCES__FALLBACK_TO_SERVER = 2;

	/**
	 * The number of structural features of the '<em>Update Sources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SOURCES_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Update Sources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SOURCES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.UpdateSourceEntryImpl <em>Update Source Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.UpdateSourceEntryImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUpdateSourceEntry()
	 * @generated
	 */
	int UPDATE_SOURCE_ENTRY = 12;

	/**
	 * The feature id for the '<em><b>Ip Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SOURCE_ENTRY__IP_RANGE = 0;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SOURCE_ENTRY__URL = 1;

	/**
	 * The feature id for the '<em><b>Update Agent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID = 2;

	/**
	 * The number of structural features of the '<em>Update Source Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SOURCE_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Update Source Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_SOURCE_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.WebReputationImpl <em>Web Reputation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.WebReputationImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getWebReputation()
	 * @generated
	 */
	int WEB_REPUTATION = 13;

	/**
	 * The feature id for the '<em><b>Internal Agents</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION__INTERNAL_AGENTS = 0;

	/**
	 * The feature id for the '<em><b>External Agents</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION__EXTERNAL_AGENTS = 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION__LOCATION = 2;

	/**
	 * The number of structural features of the '<em>Web Reputation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Web Reputation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.WebReputationPolicyImpl <em>Web Reputation Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.WebReputationPolicyImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getWebReputationPolicy()
	 * @generated
	 */
	int WEB_REPUTATION_POLICY = 14;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION_POLICY__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Enabled On Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION_POLICY__ENABLED_ON_SERVERS = 1;

	/**
	 * The feature id for the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION_POLICY__SECURITY_LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Approved Urls</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION_POLICY__APPROVED_URLS = 3;

	/**
	 * The number of structural features of the '<em>Web Reputation Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION_POLICY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Web Reputation Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_REPUTATION_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.LocationCriteriaImpl <em>Location Criteria</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.LocationCriteriaImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getLocationCriteria()
	 * @generated
	 */
	int LOCATION_CRITERIA = 15;

	/**
	 * The feature id for the '<em><b>Reference Servers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_CRITERIA__REFERENCE_SERVERS = 0;

	/**
	 * The feature id for the '<em><b>Gateways</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_CRITERIA__GATEWAYS = 1;

	/**
	 * The number of structural features of the '<em>Location Criteria</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_CRITERIA_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Location Criteria</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_CRITERIA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.ReferenceServerImpl <em>Reference Server</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.ReferenceServerImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getReferenceServer()
	 * @generated
	 */
	int REFERENCE_SERVER = 16;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_SERVER__ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_SERVER__PORT = 1;

	/**
	 * The number of structural features of the '<em>Reference Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_SERVER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Reference Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_SERVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.GatewayImpl <em>Gateway</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.GatewayImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getGateway()
	 * @generated
	 */
	int GATEWAY = 17;

	/**
	 * The feature id for the '<em><b>Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__IP = 0;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__MAC = 1;

	/**
	 * The number of structural features of the '<em>Gateway</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Gateway</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.FirewallImpl <em>Firewall</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.FirewallImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewall()
	 * @generated
	 */
	int FIREWALL = 18;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Enabled On Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL__ENABLED_ON_SERVERS = 1;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL__POLICIES = 2;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL__PROFILES = 3;

	/**
	 * The number of structural features of the '<em>Firewall</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Firewall</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.FirewallPolicyImpl <em>Firewall Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.FirewallPolicyImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallPolicy()
	 * @generated
	 */
	int FIREWALL_POLICY = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY__SECURITY_LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY__RULES = 2;

	/**
	 * The number of structural features of the '<em>Firewall Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Firewall Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.FirewallRuleImpl <em>Firewall Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.FirewallRuleImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallRule()
	 * @generated
	 */
	int FIREWALL_RULE = 20;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__DIRECTION = 0;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__PROTOCOL = 1;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__PORTS = 2;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__ACTION = 3;

	/**
	 * The number of structural features of the '<em>Firewall Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Firewall Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.FirewallProfileImpl <em>Firewall Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.FirewallProfileImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallProfile()
	 * @generated
	 */
	int FIREWALL_PROFILE = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_PROFILE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_PROFILE__POLICY = 1;

	/**
	 * The feature id for the '<em><b>Platforms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_PROFILE__PLATFORMS = 2;

	/**
	 * The feature id for the '<em><b>Ip Ranges</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_PROFILE__IP_RANGES = 3;

	/**
	 * The number of structural features of the '<em>Firewall Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_PROFILE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Firewall Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.GlobalAgentSettingsImpl <em>Global Agent Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.GlobalAgentSettingsImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getGlobalAgentSettings()
	 * @generated
	 */
	int GLOBAL_AGENT_SETTINGS = 22;

	/**
	 * The feature id for the '<em><b>Scan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_AGENT_SETTINGS__SCAN = 0;

	/**
	 * The feature id for the '<em><b>Defer Firewall Until Restart</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_AGENT_SETTINGS__DEFER_FIREWALL_UNTIL_RESTART = 1;

	/**
	 * The feature id for the '<em><b>Restart Notification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_AGENT_SETTINGS__RESTART_NOTIFICATION = 2;

	/**
	 * The number of structural features of the '<em>Global Agent Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_AGENT_SETTINGS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Global Agent Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_AGENT_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.impl.SharedScanSettingsImpl <em>Shared Scan Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.impl.SharedScanSettingsImpl
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getSharedScanSettings()
	 * @generated
	 */
	int SHARED_SCAN_SETTINGS = 23;

	/**
	 * The feature id for the '<em><b>Exclude Server Database Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_SCAN_SETTINGS__EXCLUDE_SERVER_DATABASE_FOLDER = 0;

	/**
	 * The feature id for the '<em><b>Exclude Exchange Folders</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_SCAN_SETTINGS__EXCLUDE_EXCHANGE_FOLDERS = 1;

	/**
	 * The feature id for the '<em><b>Max Compressed Size Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_SCAN_SETTINGS__MAX_COMPRESSED_SIZE_MB = 2;

	/**
	 * The feature id for the '<em><b>Max Compressed Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_SCAN_SETTINGS__MAX_COMPRESSED_FILES = 3;

	/**
	 * The feature id for the '<em><b>Clean Compressed Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_SCAN_SETTINGS__CLEAN_COMPRESSED_FILES = 4;

	/**
	 * The number of structural features of the '<em>Shared Scan Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_SCAN_SETTINGS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Shared Scan Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_SCAN_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.PolicyScope <em>Policy Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.PolicyScope
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getPolicyScope()
	 * @generated
	 */
	int POLICY_SCOPE = 24;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.ScanMethod <em>Scan Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.ScanMethod
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanMethod()
	 * @generated
	 */
	int SCAN_METHOD = 25;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.ScanFiles <em>Scan Files</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.ScanFiles
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanFiles()
	 * @generated
	 */
	int SCAN_FILES = 26;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.ScanFolders <em>Scan Folders</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.ScanFolders
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanFolders()
	 * @generated
	 */
	int SCAN_FOLDERS = 27;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.ScanAction <em>Scan Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.ScanAction
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanAction()
	 * @generated
	 */
	int SCAN_ACTION = 28;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.ScheduleFrequency <em>Schedule Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.ScheduleFrequency
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScheduleFrequency()
	 * @generated
	 */
	int SCHEDULE_FREQUENCY = 29;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.DayOfWeek <em>Day Of Week</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.DayOfWeek
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getDayOfWeek()
	 * @generated
	 */
	int DAY_OF_WEEK = 30;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.AgentSecurityLevel <em>Agent Security Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.AgentSecurityLevel
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getAgentSecurityLevel()
	 * @generated
	 */
	int AGENT_SECURITY_LEVEL = 31;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.UnloadRule <em>Unload Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.UnloadRule
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUnloadRule()
	 * @generated
	 */
	int UNLOAD_RULE = 32;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.UpdateSourceMode <em>Update Source Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.UpdateSourceMode
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUpdateSourceMode()
	 * @generated
	 */
	int UPDATE_SOURCE_MODE = 33;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.WebReputationSecurityLevel <em>Web Reputation Security Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.WebReputationSecurityLevel
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getWebReputationSecurityLevel()
	 * @generated
	 */
	int WEB_REPUTATION_SECURITY_LEVEL = 34;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.FirewallSecurityLevel <em>Firewall Security Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.FirewallSecurityLevel
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallSecurityLevel()
	 * @generated
	 */
	int FIREWALL_SECURITY_LEVEL = 35;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.TrafficDirection <em>Traffic Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.TrafficDirection
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getTrafficDirection()
	 * @generated
	 */
	int TRAFFIC_DIRECTION = 36;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.FirewallProtocol <em>Firewall Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.FirewallProtocol
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallProtocol()
	 * @generated
	 */
	int FIREWALL_PROTOCOL = 37;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.FirewallAction <em>Firewall Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.FirewallAction
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallAction()
	 * @generated
	 */
	int FIREWALL_ACTION = 38;

	/**
	 * The meta object id for the '{@link io.bulwark.model.settings.Platform <em>Platform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.bulwark.model.settings.Platform
	 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getPlatform()
	 * @generated
	 */
	int PLATFORM = 39;


	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy</em>'.
	 * @see io.bulwark.model.settings.Policy
	 * @generated
	 */
	EClass getPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Policy#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.bulwark.model.settings.Policy#getScope()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Scope();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Policy#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.bulwark.model.settings.Policy#getVersion()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Version();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getScanMethod <em>Scan Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scan Method</em>'.
	 * @see io.bulwark.model.settings.Policy#getScanMethod()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_ScanMethod();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getManualScan <em>Manual Scan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Manual Scan</em>'.
	 * @see io.bulwark.model.settings.Policy#getManualScan()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_ManualScan();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getRealTimeScan <em>Real Time Scan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Real Time Scan</em>'.
	 * @see io.bulwark.model.settings.Policy#getRealTimeScan()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_RealTimeScan();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getScheduledScan <em>Scheduled Scan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scheduled Scan</em>'.
	 * @see io.bulwark.model.settings.Policy#getScheduledScan()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_ScheduledScan();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getScanNow <em>Scan Now</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scan Now</em>'.
	 * @see io.bulwark.model.settings.Policy#getScanNow()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_ScanNow();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getPrivileges <em>Privileges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Privileges</em>'.
	 * @see io.bulwark.model.settings.Policy#getPrivileges()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_Privileges();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getUpdateSettings <em>Update Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Update Settings</em>'.
	 * @see io.bulwark.model.settings.Policy#getUpdateSettings()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_UpdateSettings();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getUpdateSources <em>Update Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Update Sources</em>'.
	 * @see io.bulwark.model.settings.Policy#getUpdateSources()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_UpdateSources();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getWebReputation <em>Web Reputation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Web Reputation</em>'.
	 * @see io.bulwark.model.settings.Policy#getWebReputation()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_WebReputation();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getFirewall <em>Firewall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Firewall</em>'.
	 * @see io.bulwark.model.settings.Policy#getFirewall()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_Firewall();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Policy#getGlobalSettings <em>Global Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Global Settings</em>'.
	 * @see io.bulwark.model.settings.Policy#getGlobalSettings()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_GlobalSettings();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.ScanMethodSettings <em>Scan Method Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scan Method Settings</em>'.
	 * @see io.bulwark.model.settings.ScanMethodSettings
	 * @generated
	 */
	EClass getScanMethodSettings();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.ScanMethodSettings#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see io.bulwark.model.settings.ScanMethodSettings#getMethod()
	 * @see #getScanMethodSettings()
	 * @generated
	 */
	EAttribute getScanMethodSettings_Method();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.ScanTypeSettings <em>Scan Type Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scan Type Settings</em>'.
	 * @see io.bulwark.model.settings.ScanTypeSettings
	 * @generated
	 */
	EClass getScanTypeSettings();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.ScanTypeSettings#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Targets</em>'.
	 * @see io.bulwark.model.settings.ScanTypeSettings#getTargets()
	 * @see #getScanTypeSettings()
	 * @generated
	 */
	EReference getScanTypeSettings_Targets();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.ScanTypeSettings#getExclusions <em>Exclusions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Exclusions</em>'.
	 * @see io.bulwark.model.settings.ScanTypeSettings#getExclusions()
	 * @see #getScanTypeSettings()
	 * @generated
	 */
	EReference getScanTypeSettings_Exclusions();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.ScanTypeSettings#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Actions</em>'.
	 * @see io.bulwark.model.settings.ScanTypeSettings#getActions()
	 * @see #getScanTypeSettings()
	 * @generated
	 */
	EReference getScanTypeSettings_Actions();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.ScanTypeSettings#getSpywareAssessment <em>Spyware Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spyware Assessment</em>'.
	 * @see io.bulwark.model.settings.ScanTypeSettings#getSpywareAssessment()
	 * @see #getScanTypeSettings()
	 * @generated
	 */
	EReference getScanTypeSettings_SpywareAssessment();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.ScanTypeSettings#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Schedule</em>'.
	 * @see io.bulwark.model.settings.ScanTypeSettings#getSchedule()
	 * @see #getScanTypeSettings()
	 * @generated
	 */
	EReference getScanTypeSettings_Schedule();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.ScanTargets <em>Scan Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scan Targets</em>'.
	 * @see io.bulwark.model.settings.ScanTargets
	 * @generated
	 */
	EClass getScanTargets();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.ScanTargets#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Files</em>'.
	 * @see io.bulwark.model.settings.ScanTargets#getFiles()
	 * @see #getScanTargets()
	 * @generated
	 */
	EAttribute getScanTargets_Files();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.settings.ScanTargets#getExtensions <em>Extensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Extensions</em>'.
	 * @see io.bulwark.model.settings.ScanTargets#getExtensions()
	 * @see #getScanTargets()
	 * @generated
	 */
	EAttribute getScanTargets_Extensions();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.ScanTargets#getFolders <em>Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folders</em>'.
	 * @see io.bulwark.model.settings.ScanTargets#getFolders()
	 * @see #getScanTargets()
	 * @generated
	 */
	EAttribute getScanTargets_Folders();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.settings.ScanTargets#getSpecifiedFolders <em>Specified Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Specified Folders</em>'.
	 * @see io.bulwark.model.settings.ScanTargets#getSpecifiedFolders()
	 * @see #getScanTargets()
	 * @generated
	 */
	EAttribute getScanTargets_SpecifiedFolders();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.ScanTargets#getCompressedLayers <em>Compressed Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compressed Layers</em>'.
	 * @see io.bulwark.model.settings.ScanTargets#getCompressedLayers()
	 * @see #getScanTargets()
	 * @generated
	 */
	EAttribute getScanTargets_CompressedLayers();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.ScanExclusions <em>Scan Exclusions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scan Exclusions</em>'.
	 * @see io.bulwark.model.settings.ScanExclusions
	 * @generated
	 */
	EClass getScanExclusions();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.settings.ScanExclusions#getFolders <em>Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Folders</em>'.
	 * @see io.bulwark.model.settings.ScanExclusions#getFolders()
	 * @see #getScanExclusions()
	 * @generated
	 */
	EAttribute getScanExclusions_Folders();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.settings.ScanExclusions#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Files</em>'.
	 * @see io.bulwark.model.settings.ScanExclusions#getFiles()
	 * @see #getScanExclusions()
	 * @generated
	 */
	EAttribute getScanExclusions_Files();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.settings.ScanExclusions#getExtensions <em>Extensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Extensions</em>'.
	 * @see io.bulwark.model.settings.ScanExclusions#getExtensions()
	 * @see #getScanExclusions()
	 * @generated
	 */
	EAttribute getScanExclusions_Extensions();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.ScanActions <em>Scan Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scan Actions</em>'.
	 * @see io.bulwark.model.settings.ScanActions
	 * @generated
	 */
	EClass getScanActions();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.ScanActions#getFirst <em>First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First</em>'.
	 * @see io.bulwark.model.settings.ScanActions#getFirst()
	 * @see #getScanActions()
	 * @generated
	 */
	EAttribute getScanActions_First();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.ScanActions#getWhenCleanFails <em>When Clean Fails</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>When Clean Fails</em>'.
	 * @see io.bulwark.model.settings.ScanActions#getWhenCleanFails()
	 * @see #getScanActions()
	 * @generated
	 */
	EAttribute getScanActions_WhenCleanFails();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.SpywareAssessment <em>Spyware Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spyware Assessment</em>'.
	 * @see io.bulwark.model.settings.SpywareAssessment
	 * @generated
	 */
	EClass getSpywareAssessment();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.SpywareAssessment#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.bulwark.model.settings.SpywareAssessment#isEnabled()
	 * @see #getSpywareAssessment()
	 * @generated
	 */
	EAttribute getSpywareAssessment_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.SpywareAssessment#getWeeks <em>Weeks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weeks</em>'.
	 * @see io.bulwark.model.settings.SpywareAssessment#getWeeks()
	 * @see #getSpywareAssessment()
	 * @generated
	 */
	EAttribute getSpywareAssessment_Weeks();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule</em>'.
	 * @see io.bulwark.model.settings.Schedule
	 * @generated
	 */
	EClass getSchedule();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Schedule#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see io.bulwark.model.settings.Schedule#getFrequency()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Schedule#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.bulwark.model.settings.Schedule#getTime()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Time();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Schedule#getDayOfWeek <em>Day Of Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day Of Week</em>'.
	 * @see io.bulwark.model.settings.Schedule#getDayOfWeek()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_DayOfWeek();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Schedule#getDayOfMonth <em>Day Of Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day Of Month</em>'.
	 * @see io.bulwark.model.settings.Schedule#getDayOfMonth()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_DayOfMonth();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.Privileges <em>Privileges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Privileges</em>'.
	 * @see io.bulwark.model.settings.Privileges
	 * @generated
	 */
	EClass getPrivileges();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Privileges#isConfigureScans <em>Configure Scans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Configure Scans</em>'.
	 * @see io.bulwark.model.settings.Privileges#isConfigureScans()
	 * @see #getPrivileges()
	 * @generated
	 */
	EAttribute getPrivileges_ConfigureScans();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Privileges#isToggleFirewall <em>Toggle Firewall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Toggle Firewall</em>'.
	 * @see io.bulwark.model.settings.Privileges#isToggleFirewall()
	 * @see #getPrivileges()
	 * @generated
	 */
	EAttribute getPrivileges_ToggleFirewall();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Privileges#isConfigureProxy <em>Configure Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Configure Proxy</em>'.
	 * @see io.bulwark.model.settings.Privileges#isConfigureProxy()
	 * @see #getPrivileges()
	 * @generated
	 */
	EAttribute getPrivileges_ConfigureProxy();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Privileges#isUpdateNow <em>Update Now</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Now</em>'.
	 * @see io.bulwark.model.settings.Privileges#isUpdateNow()
	 * @see #getPrivileges()
	 * @generated
	 */
	EAttribute getPrivileges_UpdateNow();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Privileges#isUpdateComponentsOnly <em>Update Components Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Components Only</em>'.
	 * @see io.bulwark.model.settings.Privileges#isUpdateComponentsOnly()
	 * @see #getPrivileges()
	 * @generated
	 */
	EAttribute getPrivileges_UpdateComponentsOnly();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Privileges#getSecurityLevel <em>Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Level</em>'.
	 * @see io.bulwark.model.settings.Privileges#getSecurityLevel()
	 * @see #getPrivileges()
	 * @generated
	 */
	EAttribute getPrivileges_SecurityLevel();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Privileges#getUnload <em>Unload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unload</em>'.
	 * @see io.bulwark.model.settings.Privileges#getUnload()
	 * @see #getPrivileges()
	 * @generated
	 */
	EAttribute getPrivileges_Unload();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Privileges#getUninstall <em>Uninstall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uninstall</em>'.
	 * @see io.bulwark.model.settings.Privileges#getUninstall()
	 * @see #getPrivileges()
	 * @generated
	 */
	EAttribute getPrivileges_Uninstall();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.Privileges#getUnloadPassword <em>Unload Password</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Unload Password</em>'.
	 * @see io.bulwark.model.settings.Privileges#getUnloadPassword()
	 * @see #getPrivileges()
	 * @generated
	 */
	EReference getPrivileges_UnloadPassword();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.UnloadPassword <em>Unload Password</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unload Password</em>'.
	 * @see io.bulwark.model.settings.UnloadPassword
	 * @generated
	 */
	EClass getUnloadPassword();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.UnloadPassword#isSet <em>Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Set</em>'.
	 * @see io.bulwark.model.settings.UnloadPassword#isSet()
	 * @see #getUnloadPassword()
	 * @generated
	 */
	EAttribute getUnloadPassword_Set();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.UnloadPassword#getPassword <em>Password</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password</em>'.
	 * @see io.bulwark.model.settings.UnloadPassword#getPassword()
	 * @see #getUnloadPassword()
	 * @generated
	 */
	EAttribute getUnloadPassword_Password();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.UpdateSettings <em>Update Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update Settings</em>'.
	 * @see io.bulwark.model.settings.UpdateSettings
	 * @generated
	 */
	EClass getUpdateSettings();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.UpdateSettings#isAfterServerDownload <em>After Server Download</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After Server Download</em>'.
	 * @see io.bulwark.model.settings.UpdateSettings#isAfterServerDownload()
	 * @see #getUpdateSettings()
	 * @generated
	 */
	EAttribute getUpdateSettings_AfterServerDownload();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.UpdateSettings#isOnAgentRestart <em>On Agent Restart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Agent Restart</em>'.
	 * @see io.bulwark.model.settings.UpdateSettings#isOnAgentRestart()
	 * @see #getUpdateSettings()
	 * @generated
	 */
	EAttribute getUpdateSettings_OnAgentRestart();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.UpdateSettings#isScheduled <em>Scheduled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduled</em>'.
	 * @see io.bulwark.model.settings.UpdateSettings#isScheduled()
	 * @see #getUpdateSettings()
	 * @generated
	 */
	EAttribute getUpdateSettings_Scheduled();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.UpdateSettings#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Schedule</em>'.
	 * @see io.bulwark.model.settings.UpdateSettings#getSchedule()
	 * @see #getUpdateSettings()
	 * @generated
	 */
	EReference getUpdateSettings_Schedule();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.UpdateSources <em>Update Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update Sources</em>'.
	 * @see io.bulwark.model.settings.UpdateSources
	 * @generated
	 */
	EClass getUpdateSources();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.UpdateSources#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.bulwark.model.settings.UpdateSources#getMode()
	 * @see #getUpdateSources()
	 * @generated
	 */
	EAttribute getUpdateSources_Mode();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.settings.UpdateSources#getCustom <em>Custom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Custom</em>'.
	 * @see io.bulwark.model.settings.UpdateSources#getCustom()
	 * @see #getUpdateSources()
	 * @generated
	 */
	EReference getUpdateSources_Custom();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.UpdateSources#isFallbackToServer <em>Fallback To Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fallback To Server</em>'.
	 * @see io.bulwark.model.settings.UpdateSources#isFallbackToServer()
	 * @see #getUpdateSources()
	 * @generated
	 */
	EAttribute getUpdateSources_FallbackToServer();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.UpdateSourceEntry <em>Update Source Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update Source Entry</em>'.
	 * @see io.bulwark.model.settings.UpdateSourceEntry
	 * @generated
	 */
	EClass getUpdateSourceEntry();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.UpdateSourceEntry#getIpRange <em>Ip Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip Range</em>'.
	 * @see io.bulwark.model.settings.UpdateSourceEntry#getIpRange()
	 * @see #getUpdateSourceEntry()
	 * @generated
	 */
	EAttribute getUpdateSourceEntry_IpRange();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.UpdateSourceEntry#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.bulwark.model.settings.UpdateSourceEntry#getUrl()
	 * @see #getUpdateSourceEntry()
	 * @generated
	 */
	EAttribute getUpdateSourceEntry_Url();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.UpdateSourceEntry#getUpdateAgentId <em>Update Agent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Agent Id</em>'.
	 * @see io.bulwark.model.settings.UpdateSourceEntry#getUpdateAgentId()
	 * @see #getUpdateSourceEntry()
	 * @generated
	 */
	EAttribute getUpdateSourceEntry_UpdateAgentId();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.WebReputation <em>Web Reputation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Web Reputation</em>'.
	 * @see io.bulwark.model.settings.WebReputation
	 * @generated
	 */
	EClass getWebReputation();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.WebReputation#getInternalAgents <em>Internal Agents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Internal Agents</em>'.
	 * @see io.bulwark.model.settings.WebReputation#getInternalAgents()
	 * @see #getWebReputation()
	 * @generated
	 */
	EReference getWebReputation_InternalAgents();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.WebReputation#getExternalAgents <em>External Agents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>External Agents</em>'.
	 * @see io.bulwark.model.settings.WebReputation#getExternalAgents()
	 * @see #getWebReputation()
	 * @generated
	 */
	EReference getWebReputation_ExternalAgents();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.WebReputation#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Location</em>'.
	 * @see io.bulwark.model.settings.WebReputation#getLocation()
	 * @see #getWebReputation()
	 * @generated
	 */
	EReference getWebReputation_Location();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.WebReputationPolicy <em>Web Reputation Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Web Reputation Policy</em>'.
	 * @see io.bulwark.model.settings.WebReputationPolicy
	 * @generated
	 */
	EClass getWebReputationPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.WebReputationPolicy#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.bulwark.model.settings.WebReputationPolicy#isEnabled()
	 * @see #getWebReputationPolicy()
	 * @generated
	 */
	EAttribute getWebReputationPolicy_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.WebReputationPolicy#isEnabledOnServers <em>Enabled On Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled On Servers</em>'.
	 * @see io.bulwark.model.settings.WebReputationPolicy#isEnabledOnServers()
	 * @see #getWebReputationPolicy()
	 * @generated
	 */
	EAttribute getWebReputationPolicy_EnabledOnServers();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.WebReputationPolicy#getSecurityLevel <em>Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Level</em>'.
	 * @see io.bulwark.model.settings.WebReputationPolicy#getSecurityLevel()
	 * @see #getWebReputationPolicy()
	 * @generated
	 */
	EAttribute getWebReputationPolicy_SecurityLevel();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.settings.WebReputationPolicy#getApprovedUrls <em>Approved Urls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Approved Urls</em>'.
	 * @see io.bulwark.model.settings.WebReputationPolicy#getApprovedUrls()
	 * @see #getWebReputationPolicy()
	 * @generated
	 */
	EAttribute getWebReputationPolicy_ApprovedUrls();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.LocationCriteria <em>Location Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Location Criteria</em>'.
	 * @see io.bulwark.model.settings.LocationCriteria
	 * @generated
	 */
	EClass getLocationCriteria();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.settings.LocationCriteria#getReferenceServers <em>Reference Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reference Servers</em>'.
	 * @see io.bulwark.model.settings.LocationCriteria#getReferenceServers()
	 * @see #getLocationCriteria()
	 * @generated
	 */
	EReference getLocationCriteria_ReferenceServers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.settings.LocationCriteria#getGateways <em>Gateways</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gateways</em>'.
	 * @see io.bulwark.model.settings.LocationCriteria#getGateways()
	 * @see #getLocationCriteria()
	 * @generated
	 */
	EReference getLocationCriteria_Gateways();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.ReferenceServer <em>Reference Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Server</em>'.
	 * @see io.bulwark.model.settings.ReferenceServer
	 * @generated
	 */
	EClass getReferenceServer();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.ReferenceServer#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.bulwark.model.settings.ReferenceServer#getAddress()
	 * @see #getReferenceServer()
	 * @generated
	 */
	EAttribute getReferenceServer_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.ReferenceServer#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.bulwark.model.settings.ReferenceServer#getPort()
	 * @see #getReferenceServer()
	 * @generated
	 */
	EAttribute getReferenceServer_Port();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.Gateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway</em>'.
	 * @see io.bulwark.model.settings.Gateway
	 * @generated
	 */
	EClass getGateway();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Gateway#getIp <em>Ip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip</em>'.
	 * @see io.bulwark.model.settings.Gateway#getIp()
	 * @see #getGateway()
	 * @generated
	 */
	EAttribute getGateway_Ip();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Gateway#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see io.bulwark.model.settings.Gateway#getMac()
	 * @see #getGateway()
	 * @generated
	 */
	EAttribute getGateway_Mac();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.Firewall <em>Firewall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Firewall</em>'.
	 * @see io.bulwark.model.settings.Firewall
	 * @generated
	 */
	EClass getFirewall();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Firewall#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.bulwark.model.settings.Firewall#isEnabled()
	 * @see #getFirewall()
	 * @generated
	 */
	EAttribute getFirewall_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.Firewall#isEnabledOnServers <em>Enabled On Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled On Servers</em>'.
	 * @see io.bulwark.model.settings.Firewall#isEnabledOnServers()
	 * @see #getFirewall()
	 * @generated
	 */
	EAttribute getFirewall_EnabledOnServers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.settings.Firewall#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policies</em>'.
	 * @see io.bulwark.model.settings.Firewall#getPolicies()
	 * @see #getFirewall()
	 * @generated
	 */
	EReference getFirewall_Policies();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.settings.Firewall#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profiles</em>'.
	 * @see io.bulwark.model.settings.Firewall#getProfiles()
	 * @see #getFirewall()
	 * @generated
	 */
	EReference getFirewall_Profiles();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.FirewallPolicy <em>Firewall Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Firewall Policy</em>'.
	 * @see io.bulwark.model.settings.FirewallPolicy
	 * @generated
	 */
	EClass getFirewallPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.FirewallPolicy#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.bulwark.model.settings.FirewallPolicy#getName()
	 * @see #getFirewallPolicy()
	 * @generated
	 */
	EAttribute getFirewallPolicy_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.FirewallPolicy#getSecurityLevel <em>Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Level</em>'.
	 * @see io.bulwark.model.settings.FirewallPolicy#getSecurityLevel()
	 * @see #getFirewallPolicy()
	 * @generated
	 */
	EAttribute getFirewallPolicy_SecurityLevel();

	/**
	 * Returns the meta object for the containment reference list '{@link io.bulwark.model.settings.FirewallPolicy#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.bulwark.model.settings.FirewallPolicy#getRules()
	 * @see #getFirewallPolicy()
	 * @generated
	 */
	EReference getFirewallPolicy_Rules();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.FirewallRule <em>Firewall Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Firewall Rule</em>'.
	 * @see io.bulwark.model.settings.FirewallRule
	 * @generated
	 */
	EClass getFirewallRule();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.FirewallRule#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see io.bulwark.model.settings.FirewallRule#getDirection()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EAttribute getFirewallRule_Direction();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.FirewallRule#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.bulwark.model.settings.FirewallRule#getProtocol()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EAttribute getFirewallRule_Protocol();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.settings.FirewallRule#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ports</em>'.
	 * @see io.bulwark.model.settings.FirewallRule#getPorts()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EAttribute getFirewallRule_Ports();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.FirewallRule#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see io.bulwark.model.settings.FirewallRule#getAction()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EAttribute getFirewallRule_Action();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.FirewallProfile <em>Firewall Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Firewall Profile</em>'.
	 * @see io.bulwark.model.settings.FirewallProfile
	 * @generated
	 */
	EClass getFirewallProfile();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.FirewallProfile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.bulwark.model.settings.FirewallProfile#getName()
	 * @see #getFirewallProfile()
	 * @generated
	 */
	EAttribute getFirewallProfile_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.FirewallProfile#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see io.bulwark.model.settings.FirewallProfile#getPolicy()
	 * @see #getFirewallProfile()
	 * @generated
	 */
	EAttribute getFirewallProfile_Policy();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.settings.FirewallProfile#getPlatforms <em>Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Platforms</em>'.
	 * @see io.bulwark.model.settings.FirewallProfile#getPlatforms()
	 * @see #getFirewallProfile()
	 * @generated
	 */
	EAttribute getFirewallProfile_Platforms();

	/**
	 * Returns the meta object for the attribute list '{@link io.bulwark.model.settings.FirewallProfile#getIpRanges <em>Ip Ranges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ip Ranges</em>'.
	 * @see io.bulwark.model.settings.FirewallProfile#getIpRanges()
	 * @see #getFirewallProfile()
	 * @generated
	 */
	EAttribute getFirewallProfile_IpRanges();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.GlobalAgentSettings <em>Global Agent Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Global Agent Settings</em>'.
	 * @see io.bulwark.model.settings.GlobalAgentSettings
	 * @generated
	 */
	EClass getGlobalAgentSettings();

	/**
	 * Returns the meta object for the containment reference '{@link io.bulwark.model.settings.GlobalAgentSettings#getScan <em>Scan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scan</em>'.
	 * @see io.bulwark.model.settings.GlobalAgentSettings#getScan()
	 * @see #getGlobalAgentSettings()
	 * @generated
	 */
	EReference getGlobalAgentSettings_Scan();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.GlobalAgentSettings#isDeferFirewallUntilRestart <em>Defer Firewall Until Restart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Defer Firewall Until Restart</em>'.
	 * @see io.bulwark.model.settings.GlobalAgentSettings#isDeferFirewallUntilRestart()
	 * @see #getGlobalAgentSettings()
	 * @generated
	 */
	EAttribute getGlobalAgentSettings_DeferFirewallUntilRestart();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.GlobalAgentSettings#isRestartNotification <em>Restart Notification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restart Notification</em>'.
	 * @see io.bulwark.model.settings.GlobalAgentSettings#isRestartNotification()
	 * @see #getGlobalAgentSettings()
	 * @generated
	 */
	EAttribute getGlobalAgentSettings_RestartNotification();

	/**
	 * Returns the meta object for class '{@link io.bulwark.model.settings.SharedScanSettings <em>Shared Scan Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shared Scan Settings</em>'.
	 * @see io.bulwark.model.settings.SharedScanSettings
	 * @generated
	 */
	EClass getSharedScanSettings();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.SharedScanSettings#isExcludeServerDatabaseFolder <em>Exclude Server Database Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude Server Database Folder</em>'.
	 * @see io.bulwark.model.settings.SharedScanSettings#isExcludeServerDatabaseFolder()
	 * @see #getSharedScanSettings()
	 * @generated
	 */
	EAttribute getSharedScanSettings_ExcludeServerDatabaseFolder();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.SharedScanSettings#isExcludeExchangeFolders <em>Exclude Exchange Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude Exchange Folders</em>'.
	 * @see io.bulwark.model.settings.SharedScanSettings#isExcludeExchangeFolders()
	 * @see #getSharedScanSettings()
	 * @generated
	 */
	EAttribute getSharedScanSettings_ExcludeExchangeFolders();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.SharedScanSettings#getMaxCompressedSizeMb <em>Max Compressed Size Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Compressed Size Mb</em>'.
	 * @see io.bulwark.model.settings.SharedScanSettings#getMaxCompressedSizeMb()
	 * @see #getSharedScanSettings()
	 * @generated
	 */
	EAttribute getSharedScanSettings_MaxCompressedSizeMb();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.SharedScanSettings#getMaxCompressedFiles <em>Max Compressed Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Compressed Files</em>'.
	 * @see io.bulwark.model.settings.SharedScanSettings#getMaxCompressedFiles()
	 * @see #getSharedScanSettings()
	 * @generated
	 */
	EAttribute getSharedScanSettings_MaxCompressedFiles();

	/**
	 * Returns the meta object for the attribute '{@link io.bulwark.model.settings.SharedScanSettings#isCleanCompressedFiles <em>Clean Compressed Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clean Compressed Files</em>'.
	 * @see io.bulwark.model.settings.SharedScanSettings#isCleanCompressedFiles()
	 * @see #getSharedScanSettings()
	 * @generated
	 */
	EAttribute getSharedScanSettings_CleanCompressedFiles();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.PolicyScope <em>Policy Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Policy Scope</em>'.
	 * @see io.bulwark.model.settings.PolicyScope
	 * @generated
	 */
	EEnum getPolicyScope();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.ScanMethod <em>Scan Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scan Method</em>'.
	 * @see io.bulwark.model.settings.ScanMethod
	 * @generated
	 */
	EEnum getScanMethod();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.ScanFiles <em>Scan Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scan Files</em>'.
	 * @see io.bulwark.model.settings.ScanFiles
	 * @generated
	 */
	EEnum getScanFiles();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.ScanFolders <em>Scan Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scan Folders</em>'.
	 * @see io.bulwark.model.settings.ScanFolders
	 * @generated
	 */
	EEnum getScanFolders();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.ScanAction <em>Scan Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scan Action</em>'.
	 * @see io.bulwark.model.settings.ScanAction
	 * @generated
	 */
	EEnum getScanAction();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.ScheduleFrequency <em>Schedule Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Schedule Frequency</em>'.
	 * @see io.bulwark.model.settings.ScheduleFrequency
	 * @generated
	 */
	EEnum getScheduleFrequency();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.DayOfWeek <em>Day Of Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Day Of Week</em>'.
	 * @see io.bulwark.model.settings.DayOfWeek
	 * @generated
	 */
	EEnum getDayOfWeek();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.AgentSecurityLevel <em>Agent Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agent Security Level</em>'.
	 * @see io.bulwark.model.settings.AgentSecurityLevel
	 * @generated
	 */
	EEnum getAgentSecurityLevel();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.UnloadRule <em>Unload Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unload Rule</em>'.
	 * @see io.bulwark.model.settings.UnloadRule
	 * @generated
	 */
	EEnum getUnloadRule();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.UpdateSourceMode <em>Update Source Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Source Mode</em>'.
	 * @see io.bulwark.model.settings.UpdateSourceMode
	 * @generated
	 */
	EEnum getUpdateSourceMode();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.WebReputationSecurityLevel <em>Web Reputation Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Web Reputation Security Level</em>'.
	 * @see io.bulwark.model.settings.WebReputationSecurityLevel
	 * @generated
	 */
	EEnum getWebReputationSecurityLevel();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.FirewallSecurityLevel <em>Firewall Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Firewall Security Level</em>'.
	 * @see io.bulwark.model.settings.FirewallSecurityLevel
	 * @generated
	 */
	EEnum getFirewallSecurityLevel();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.TrafficDirection <em>Traffic Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Traffic Direction</em>'.
	 * @see io.bulwark.model.settings.TrafficDirection
	 * @generated
	 */
	EEnum getTrafficDirection();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.FirewallProtocol <em>Firewall Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Firewall Protocol</em>'.
	 * @see io.bulwark.model.settings.FirewallProtocol
	 * @generated
	 */
	EEnum getFirewallProtocol();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.FirewallAction <em>Firewall Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Firewall Action</em>'.
	 * @see io.bulwark.model.settings.FirewallAction
	 * @generated
	 */
	EEnum getFirewallAction();

	/**
	 * Returns the meta object for enum '{@link io.bulwark.model.settings.Platform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Platform</em>'.
	 * @see io.bulwark.model.settings.Platform
	 * @generated
	 */
	EEnum getPlatform();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SettingsFactory getSettingsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.PolicyImpl <em>Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.PolicyImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getPolicy()
		 * @generated
		 */
		EClass POLICY = eINSTANCE.getPolicy();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__SCOPE = eINSTANCE.getPolicy_Scope();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__VERSION = eINSTANCE.getPolicy_Version();

		/**
		 * The meta object literal for the '<em><b>Scan Method</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__SCAN_METHOD = eINSTANCE.getPolicy_ScanMethod();

		/**
		 * The meta object literal for the '<em><b>Manual Scan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__MANUAL_SCAN = eINSTANCE.getPolicy_ManualScan();

		/**
		 * The meta object literal for the '<em><b>Real Time Scan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__REAL_TIME_SCAN = eINSTANCE.getPolicy_RealTimeScan();

		/**
		 * The meta object literal for the '<em><b>Scheduled Scan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__SCHEDULED_SCAN = eINSTANCE.getPolicy_ScheduledScan();

		/**
		 * The meta object literal for the '<em><b>Scan Now</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__SCAN_NOW = eINSTANCE.getPolicy_ScanNow();

		/**
		 * The meta object literal for the '<em><b>Privileges</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__PRIVILEGES = eINSTANCE.getPolicy_Privileges();

		/**
		 * The meta object literal for the '<em><b>Update Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__UPDATE_SETTINGS = eINSTANCE.getPolicy_UpdateSettings();

		/**
		 * The meta object literal for the '<em><b>Update Sources</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__UPDATE_SOURCES = eINSTANCE.getPolicy_UpdateSources();

		/**
		 * The meta object literal for the '<em><b>Web Reputation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__WEB_REPUTATION = eINSTANCE.getPolicy_WebReputation();

		/**
		 * The meta object literal for the '<em><b>Firewall</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__FIREWALL = eINSTANCE.getPolicy_Firewall();

		/**
		 * The meta object literal for the '<em><b>Global Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__GLOBAL_SETTINGS = eINSTANCE.getPolicy_GlobalSettings();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.ScanMethodSettingsImpl <em>Scan Method Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.ScanMethodSettingsImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanMethodSettings()
		 * @generated
		 */
		EClass SCAN_METHOD_SETTINGS = eINSTANCE.getScanMethodSettings();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_METHOD_SETTINGS__METHOD = eINSTANCE.getScanMethodSettings_Method();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.ScanTypeSettingsImpl <em>Scan Type Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.ScanTypeSettingsImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanTypeSettings()
		 * @generated
		 */
		EClass SCAN_TYPE_SETTINGS = eINSTANCE.getScanTypeSettings();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCAN_TYPE_SETTINGS__TARGETS = eINSTANCE.getScanTypeSettings_Targets();

		/**
		 * The meta object literal for the '<em><b>Exclusions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCAN_TYPE_SETTINGS__EXCLUSIONS = eINSTANCE.getScanTypeSettings_Exclusions();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCAN_TYPE_SETTINGS__ACTIONS = eINSTANCE.getScanTypeSettings_Actions();

		/**
		 * The meta object literal for the '<em><b>Spyware Assessment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT = eINSTANCE.getScanTypeSettings_SpywareAssessment();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCAN_TYPE_SETTINGS__SCHEDULE = eINSTANCE.getScanTypeSettings_Schedule();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.ScanTargetsImpl <em>Scan Targets</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.ScanTargetsImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanTargets()
		 * @generated
		 */
		EClass SCAN_TARGETS = eINSTANCE.getScanTargets();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_TARGETS__FILES = eINSTANCE.getScanTargets_Files();

		/**
		 * The meta object literal for the '<em><b>Extensions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_TARGETS__EXTENSIONS = eINSTANCE.getScanTargets_Extensions();

		/**
		 * The meta object literal for the '<em><b>Folders</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_TARGETS__FOLDERS = eINSTANCE.getScanTargets_Folders();

		/**
		 * The meta object literal for the '<em><b>Specified Folders</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_TARGETS__SPECIFIED_FOLDERS = eINSTANCE.getScanTargets_SpecifiedFolders();

		/**
		 * The meta object literal for the '<em><b>Compressed Layers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_TARGETS__COMPRESSED_LAYERS = eINSTANCE.getScanTargets_CompressedLayers();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.ScanExclusionsImpl <em>Scan Exclusions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.ScanExclusionsImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanExclusions()
		 * @generated
		 */
		EClass SCAN_EXCLUSIONS = eINSTANCE.getScanExclusions();

		/**
		 * The meta object literal for the '<em><b>Folders</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_EXCLUSIONS__FOLDERS = eINSTANCE.getScanExclusions_Folders();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_EXCLUSIONS__FILES = eINSTANCE.getScanExclusions_Files();

		/**
		 * The meta object literal for the '<em><b>Extensions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_EXCLUSIONS__EXTENSIONS = eINSTANCE.getScanExclusions_Extensions();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.ScanActionsImpl <em>Scan Actions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.ScanActionsImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanActions()
		 * @generated
		 */
		EClass SCAN_ACTIONS = eINSTANCE.getScanActions();

		/**
		 * The meta object literal for the '<em><b>First</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_ACTIONS__FIRST = eINSTANCE.getScanActions_First();

		/**
		 * The meta object literal for the '<em><b>When Clean Fails</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCAN_ACTIONS__WHEN_CLEAN_FAILS = eINSTANCE.getScanActions_WhenCleanFails();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.SpywareAssessmentImpl <em>Spyware Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.SpywareAssessmentImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getSpywareAssessment()
		 * @generated
		 */
		EClass SPYWARE_ASSESSMENT = eINSTANCE.getSpywareAssessment();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPYWARE_ASSESSMENT__ENABLED = eINSTANCE.getSpywareAssessment_Enabled();

		/**
		 * The meta object literal for the '<em><b>Weeks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPYWARE_ASSESSMENT__WEEKS = eINSTANCE.getSpywareAssessment_Weeks();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.ScheduleImpl <em>Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.ScheduleImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getSchedule()
		 * @generated
		 */
		EClass SCHEDULE = eINSTANCE.getSchedule();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__FREQUENCY = eINSTANCE.getSchedule_Frequency();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__TIME = eINSTANCE.getSchedule_Time();

		/**
		 * The meta object literal for the '<em><b>Day Of Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__DAY_OF_WEEK = eINSTANCE.getSchedule_DayOfWeek();

		/**
		 * The meta object literal for the '<em><b>Day Of Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__DAY_OF_MONTH = eINSTANCE.getSchedule_DayOfMonth();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.PrivilegesImpl <em>Privileges</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.PrivilegesImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getPrivileges()
		 * @generated
		 */
		EClass PRIVILEGES = eINSTANCE.getPrivileges();

		/**
		 * The meta object literal for the '<em><b>Configure Scans</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIVILEGES__CONFIGURE_SCANS = eINSTANCE.getPrivileges_ConfigureScans();

		/**
		 * The meta object literal for the '<em><b>Toggle Firewall</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIVILEGES__TOGGLE_FIREWALL = eINSTANCE.getPrivileges_ToggleFirewall();

		/**
		 * The meta object literal for the '<em><b>Configure Proxy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIVILEGES__CONFIGURE_PROXY = eINSTANCE.getPrivileges_ConfigureProxy();

		/**
		 * The meta object literal for the '<em><b>Update Now</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIVILEGES__UPDATE_NOW = eINSTANCE.getPrivileges_UpdateNow();

		/**
		 * The meta object literal for the '<em><b>Update Components Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIVILEGES__UPDATE_COMPONENTS_ONLY = eINSTANCE.getPrivileges_UpdateComponentsOnly();

		/**
		 * The meta object literal for the '<em><b>Security Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIVILEGES__SECURITY_LEVEL = eINSTANCE.getPrivileges_SecurityLevel();

		/**
		 * The meta object literal for the '<em><b>Unload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIVILEGES__UNLOAD = eINSTANCE.getPrivileges_Unload();

		/**
		 * The meta object literal for the '<em><b>Uninstall</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIVILEGES__UNINSTALL = eINSTANCE.getPrivileges_Uninstall();

		/**
		 * The meta object literal for the '<em><b>Unload Password</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIVILEGES__UNLOAD_PASSWORD = eINSTANCE.getPrivileges_UnloadPassword();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.UnloadPasswordImpl <em>Unload Password</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.UnloadPasswordImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUnloadPassword()
		 * @generated
		 */
		EClass UNLOAD_PASSWORD = eINSTANCE.getUnloadPassword();

		/**
		 * The meta object literal for the '<em><b>Set</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNLOAD_PASSWORD__SET = eINSTANCE.getUnloadPassword_Set();

		/**
		 * The meta object literal for the '<em><b>Password</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNLOAD_PASSWORD__PASSWORD = eINSTANCE.getUnloadPassword_Password();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.UpdateSettingsImpl <em>Update Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.UpdateSettingsImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUpdateSettings()
		 * @generated
		 */
		EClass UPDATE_SETTINGS = eINSTANCE.getUpdateSettings();

		/**
		 * The meta object literal for the '<em><b>After Server Download</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_SETTINGS__AFTER_SERVER_DOWNLOAD = eINSTANCE.getUpdateSettings_AfterServerDownload();

		/**
		 * The meta object literal for the '<em><b>On Agent Restart</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_SETTINGS__ON_AGENT_RESTART = eINSTANCE.getUpdateSettings_OnAgentRestart();

		/**
		 * The meta object literal for the '<em><b>Scheduled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_SETTINGS__SCHEDULED = eINSTANCE.getUpdateSettings_Scheduled();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UPDATE_SETTINGS__SCHEDULE = eINSTANCE.getUpdateSettings_Schedule();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.UpdateSourcesImpl <em>Update Sources</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.UpdateSourcesImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUpdateSources()
		 * @generated
		 */
		EClass UPDATE_SOURCES = eINSTANCE.getUpdateSources();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_SOURCES__MODE = eINSTANCE.getUpdateSources_Mode();

		/**
		 * The meta object literal for the '<em><b>Custom</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UPDATE_SOURCES__CUSTOM = eINSTANCE.getUpdateSources_Custom();

		/**
		 * The meta object literal for the '<em><b>Fallback To Server</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_SOURCES__FALLBACK_TO_SERVER = eINSTANCE.getUpdateSources_FallbackToServer();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.UpdateSourceEntryImpl <em>Update Source Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.UpdateSourceEntryImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUpdateSourceEntry()
		 * @generated
		 */
		EClass UPDATE_SOURCE_ENTRY = eINSTANCE.getUpdateSourceEntry();

		/**
		 * The meta object literal for the '<em><b>Ip Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_SOURCE_ENTRY__IP_RANGE = eINSTANCE.getUpdateSourceEntry_IpRange();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_SOURCE_ENTRY__URL = eINSTANCE.getUpdateSourceEntry_Url();

		/**
		 * The meta object literal for the '<em><b>Update Agent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID = eINSTANCE.getUpdateSourceEntry_UpdateAgentId();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.WebReputationImpl <em>Web Reputation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.WebReputationImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getWebReputation()
		 * @generated
		 */
		EClass WEB_REPUTATION = eINSTANCE.getWebReputation();

		/**
		 * The meta object literal for the '<em><b>Internal Agents</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEB_REPUTATION__INTERNAL_AGENTS = eINSTANCE.getWebReputation_InternalAgents();

		/**
		 * The meta object literal for the '<em><b>External Agents</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEB_REPUTATION__EXTERNAL_AGENTS = eINSTANCE.getWebReputation_ExternalAgents();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEB_REPUTATION__LOCATION = eINSTANCE.getWebReputation_Location();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.WebReputationPolicyImpl <em>Web Reputation Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.WebReputationPolicyImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getWebReputationPolicy()
		 * @generated
		 */
		EClass WEB_REPUTATION_POLICY = eINSTANCE.getWebReputationPolicy();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEB_REPUTATION_POLICY__ENABLED = eINSTANCE.getWebReputationPolicy_Enabled();

		/**
		 * The meta object literal for the '<em><b>Enabled On Servers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEB_REPUTATION_POLICY__ENABLED_ON_SERVERS = eINSTANCE.getWebReputationPolicy_EnabledOnServers();

		/**
		 * The meta object literal for the '<em><b>Security Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEB_REPUTATION_POLICY__SECURITY_LEVEL = eINSTANCE.getWebReputationPolicy_SecurityLevel();

		/**
		 * The meta object literal for the '<em><b>Approved Urls</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEB_REPUTATION_POLICY__APPROVED_URLS = eINSTANCE.getWebReputationPolicy_ApprovedUrls();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.LocationCriteriaImpl <em>Location Criteria</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.LocationCriteriaImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getLocationCriteria()
		 * @generated
		 */
		EClass LOCATION_CRITERIA = eINSTANCE.getLocationCriteria();

		/**
		 * The meta object literal for the '<em><b>Reference Servers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCATION_CRITERIA__REFERENCE_SERVERS = eINSTANCE.getLocationCriteria_ReferenceServers();

		/**
		 * The meta object literal for the '<em><b>Gateways</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCATION_CRITERIA__GATEWAYS = eINSTANCE.getLocationCriteria_Gateways();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.ReferenceServerImpl <em>Reference Server</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.ReferenceServerImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getReferenceServer()
		 * @generated
		 */
		EClass REFERENCE_SERVER = eINSTANCE.getReferenceServer();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_SERVER__ADDRESS = eINSTANCE.getReferenceServer_Address();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_SERVER__PORT = eINSTANCE.getReferenceServer_Port();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.GatewayImpl <em>Gateway</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.GatewayImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getGateway()
		 * @generated
		 */
		EClass GATEWAY = eINSTANCE.getGateway();

		/**
		 * The meta object literal for the '<em><b>Ip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY__IP = eINSTANCE.getGateway_Ip();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATEWAY__MAC = eINSTANCE.getGateway_Mac();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.FirewallImpl <em>Firewall</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.FirewallImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewall()
		 * @generated
		 */
		EClass FIREWALL = eINSTANCE.getFirewall();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL__ENABLED = eINSTANCE.getFirewall_Enabled();

		/**
		 * The meta object literal for the '<em><b>Enabled On Servers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL__ENABLED_ON_SERVERS = eINSTANCE.getFirewall_EnabledOnServers();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL__POLICIES = eINSTANCE.getFirewall_Policies();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL__PROFILES = eINSTANCE.getFirewall_Profiles();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.FirewallPolicyImpl <em>Firewall Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.FirewallPolicyImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallPolicy()
		 * @generated
		 */
		EClass FIREWALL_POLICY = eINSTANCE.getFirewallPolicy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_POLICY__NAME = eINSTANCE.getFirewallPolicy_Name();

		/**
		 * The meta object literal for the '<em><b>Security Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_POLICY__SECURITY_LEVEL = eINSTANCE.getFirewallPolicy_SecurityLevel();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_POLICY__RULES = eINSTANCE.getFirewallPolicy_Rules();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.FirewallRuleImpl <em>Firewall Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.FirewallRuleImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallRule()
		 * @generated
		 */
		EClass FIREWALL_RULE = eINSTANCE.getFirewallRule();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_RULE__DIRECTION = eINSTANCE.getFirewallRule_Direction();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_RULE__PROTOCOL = eINSTANCE.getFirewallRule_Protocol();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_RULE__PORTS = eINSTANCE.getFirewallRule_Ports();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_RULE__ACTION = eINSTANCE.getFirewallRule_Action();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.FirewallProfileImpl <em>Firewall Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.FirewallProfileImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallProfile()
		 * @generated
		 */
		EClass FIREWALL_PROFILE = eINSTANCE.getFirewallProfile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_PROFILE__NAME = eINSTANCE.getFirewallProfile_Name();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_PROFILE__POLICY = eINSTANCE.getFirewallProfile_Policy();

		/**
		 * The meta object literal for the '<em><b>Platforms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_PROFILE__PLATFORMS = eINSTANCE.getFirewallProfile_Platforms();

		/**
		 * The meta object literal for the '<em><b>Ip Ranges</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_PROFILE__IP_RANGES = eINSTANCE.getFirewallProfile_IpRanges();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.GlobalAgentSettingsImpl <em>Global Agent Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.GlobalAgentSettingsImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getGlobalAgentSettings()
		 * @generated
		 */
		EClass GLOBAL_AGENT_SETTINGS = eINSTANCE.getGlobalAgentSettings();

		/**
		 * The meta object literal for the '<em><b>Scan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_AGENT_SETTINGS__SCAN = eINSTANCE.getGlobalAgentSettings_Scan();

		/**
		 * The meta object literal for the '<em><b>Defer Firewall Until Restart</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_AGENT_SETTINGS__DEFER_FIREWALL_UNTIL_RESTART = eINSTANCE.getGlobalAgentSettings_DeferFirewallUntilRestart();

		/**
		 * The meta object literal for the '<em><b>Restart Notification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_AGENT_SETTINGS__RESTART_NOTIFICATION = eINSTANCE.getGlobalAgentSettings_RestartNotification();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.impl.SharedScanSettingsImpl <em>Shared Scan Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.impl.SharedScanSettingsImpl
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getSharedScanSettings()
		 * @generated
		 */
		EClass SHARED_SCAN_SETTINGS = eINSTANCE.getSharedScanSettings();

		/**
		 * The meta object literal for the '<em><b>Exclude Server Database Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_SCAN_SETTINGS__EXCLUDE_SERVER_DATABASE_FOLDER = eINSTANCE.getSharedScanSettings_ExcludeServerDatabaseFolder();

		/**
		 * The meta object literal for the '<em><b>Exclude Exchange Folders</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_SCAN_SETTINGS__EXCLUDE_EXCHANGE_FOLDERS = eINSTANCE.getSharedScanSettings_ExcludeExchangeFolders();

		/**
		 * The meta object literal for the '<em><b>Max Compressed Size Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_SCAN_SETTINGS__MAX_COMPRESSED_SIZE_MB = eINSTANCE.getSharedScanSettings_MaxCompressedSizeMb();

		/**
		 * The meta object literal for the '<em><b>Max Compressed Files</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_SCAN_SETTINGS__MAX_COMPRESSED_FILES = eINSTANCE.getSharedScanSettings_MaxCompressedFiles();

		/**
		 * The meta object literal for the '<em><b>Clean Compressed Files</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_SCAN_SETTINGS__CLEAN_COMPRESSED_FILES = eINSTANCE.getSharedScanSettings_CleanCompressedFiles();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.PolicyScope <em>Policy Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.PolicyScope
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getPolicyScope()
		 * @generated
		 */
		EEnum POLICY_SCOPE = eINSTANCE.getPolicyScope();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.ScanMethod <em>Scan Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.ScanMethod
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanMethod()
		 * @generated
		 */
		EEnum SCAN_METHOD = eINSTANCE.getScanMethod();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.ScanFiles <em>Scan Files</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.ScanFiles
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanFiles()
		 * @generated
		 */
		EEnum SCAN_FILES = eINSTANCE.getScanFiles();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.ScanFolders <em>Scan Folders</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.ScanFolders
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanFolders()
		 * @generated
		 */
		EEnum SCAN_FOLDERS = eINSTANCE.getScanFolders();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.ScanAction <em>Scan Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.ScanAction
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScanAction()
		 * @generated
		 */
		EEnum SCAN_ACTION = eINSTANCE.getScanAction();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.ScheduleFrequency <em>Schedule Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.ScheduleFrequency
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getScheduleFrequency()
		 * @generated
		 */
		EEnum SCHEDULE_FREQUENCY = eINSTANCE.getScheduleFrequency();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.DayOfWeek <em>Day Of Week</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.DayOfWeek
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getDayOfWeek()
		 * @generated
		 */
		EEnum DAY_OF_WEEK = eINSTANCE.getDayOfWeek();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.AgentSecurityLevel <em>Agent Security Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.AgentSecurityLevel
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getAgentSecurityLevel()
		 * @generated
		 */
		EEnum AGENT_SECURITY_LEVEL = eINSTANCE.getAgentSecurityLevel();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.UnloadRule <em>Unload Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.UnloadRule
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUnloadRule()
		 * @generated
		 */
		EEnum UNLOAD_RULE = eINSTANCE.getUnloadRule();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.UpdateSourceMode <em>Update Source Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.UpdateSourceMode
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getUpdateSourceMode()
		 * @generated
		 */
		EEnum UPDATE_SOURCE_MODE = eINSTANCE.getUpdateSourceMode();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.WebReputationSecurityLevel <em>Web Reputation Security Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.WebReputationSecurityLevel
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getWebReputationSecurityLevel()
		 * @generated
		 */
		EEnum WEB_REPUTATION_SECURITY_LEVEL = eINSTANCE.getWebReputationSecurityLevel();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.FirewallSecurityLevel <em>Firewall Security Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.FirewallSecurityLevel
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallSecurityLevel()
		 * @generated
		 */
		EEnum FIREWALL_SECURITY_LEVEL = eINSTANCE.getFirewallSecurityLevel();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.TrafficDirection <em>Traffic Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.TrafficDirection
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getTrafficDirection()
		 * @generated
		 */
		EEnum TRAFFIC_DIRECTION = eINSTANCE.getTrafficDirection();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.FirewallProtocol <em>Firewall Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.FirewallProtocol
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallProtocol()
		 * @generated
		 */
		EEnum FIREWALL_PROTOCOL = eINSTANCE.getFirewallProtocol();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.FirewallAction <em>Firewall Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.FirewallAction
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getFirewallAction()
		 * @generated
		 */
		EEnum FIREWALL_ACTION = eINSTANCE.getFirewallAction();

		/**
		 * The meta object literal for the '{@link io.bulwark.model.settings.Platform <em>Platform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.bulwark.model.settings.Platform
		 * @see io.bulwark.model.settings.impl.SettingsPackageImpl#getPlatform()
		 * @generated
		 */
		EEnum PLATFORM = eINSTANCE.getPlatform();

	}

} //SettingsPackage
