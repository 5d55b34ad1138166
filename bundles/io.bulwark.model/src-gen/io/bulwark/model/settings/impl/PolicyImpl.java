/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.Firewall;
import io.bulwark.model.settings.GlobalAgentSettings;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.Privileges;
import io.bulwark.model.settings.ScanMethodSettings;
import io.bulwark.model.settings.ScanTypeSettings;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.UpdateSettings;
import io.bulwark.model.settings.UpdateSources;
import io.bulwark.model.settings.WebReputation;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getScanMethod <em>Scan Method</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getManualScan <em>Manual Scan</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getRealTimeScan <em>Real Time Scan</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getScheduledScan <em>Scheduled Scan</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getScanNow <em>Scan Now</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getPrivileges <em>Privileges</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getUpdateSettings <em>Update Settings</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getUpdateSources <em>Update Sources</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getWebReputation <em>Web Reputation</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getFirewall <em>Firewall</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PolicyImpl#getGlobalSettings <em>Global Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyImpl extends MinimalEObjectImpl.Container implements Policy {
	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final PolicyScope SCOPE_EDEFAULT = PolicyScope.ROOT;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected PolicyScope scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScanMethod() <em>Scan Method</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScanMethod()
	 * @generated
	 * @ordered
	 */
	protected ScanMethodSettings scanMethod;

	/**
	 * The cached value of the '{@link #getManualScan() <em>Manual Scan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManualScan()
	 * @generated
	 * @ordered
	 */
	protected ScanTypeSettings manualScan;

	/**
	 * The cached value of the '{@link #getRealTimeScan() <em>Real Time Scan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealTimeScan()
	 * @generated
	 * @ordered
	 */
	protected ScanTypeSettings realTimeScan;

	/**
	 * The cached value of the '{@link #getScheduledScan() <em>Scheduled Scan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledScan()
	 * @generated
	 * @ordered
	 */
	protected ScanTypeSettings scheduledScan;

	/**
	 * The cached value of the '{@link #getScanNow() <em>Scan Now</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScanNow()
	 * @generated
	 * @ordered
	 */
	protected ScanTypeSettings scanNow;

	/**
	 * The cached value of the '{@link #getPrivileges() <em>Privileges</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivileges()
	 * @generated
	 * @ordered
	 */
	protected Privileges privileges;

	/**
	 * The cached value of the '{@link #getUpdateSettings() <em>Update Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateSettings()
	 * @generated
	 * @ordered
	 */
	protected UpdateSettings updateSettings;

	/**
	 * The cached value of the '{@link #getUpdateSources() <em>Update Sources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateSources()
	 * @generated
	 * @ordered
	 */
	protected UpdateSources updateSources;

	/**
	 * The cached value of the '{@link #getWebReputation() <em>Web Reputation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWebReputation()
	 * @generated
	 * @ordered
	 */
	protected WebReputation webReputation;

	/**
	 * The cached value of the '{@link #getFirewall() <em>Firewall</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirewall()
	 * @generated
	 * @ordered
	 */
	protected Firewall firewall;

	/**
	 * The cached value of the '{@link #getGlobalSettings() <em>Global Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlobalSettings()
	 * @generated
	 * @ordered
	 */
	protected GlobalAgentSettings globalSettings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyScope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(PolicyScope newScope) {
		PolicyScope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanMethodSettings getScanMethod() {
		return scanMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScanMethod(ScanMethodSettings newScanMethod, NotificationChain msgs) {
		ScanMethodSettings oldScanMethod = scanMethod;
		scanMethod = newScanMethod;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__SCAN_METHOD, oldScanMethod, newScanMethod);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScanMethod(ScanMethodSettings newScanMethod) {
		if (newScanMethod != scanMethod) {
			NotificationChain msgs = null;
			if (scanMethod != null)
				msgs = ((InternalEObject)scanMethod).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__SCAN_METHOD, null, msgs);
			if (newScanMethod != null)
				msgs = ((InternalEObject)newScanMethod).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__SCAN_METHOD, null, msgs);
			msgs = basicSetScanMethod(newScanMethod, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__SCAN_METHOD, newScanMethod, newScanMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanTypeSettings getManualScan() {
		return manualScan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetManualScan(ScanTypeSettings newManualScan, NotificationChain msgs) {
		ScanTypeSettings oldManualScan = manualScan;
		manualScan = newManualScan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__MANUAL_SCAN, oldManualScan, newManualScan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManualScan(ScanTypeSettings newManualScan) {
		if (newManualScan != manualScan) {
			NotificationChain msgs = null;
			if (manualScan != null)
				msgs = ((InternalEObject)manualScan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__MANUAL_SCAN, null, msgs);
			if (newManualScan != null)
				msgs = ((InternalEObject)newManualScan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__MANUAL_SCAN, null, msgs);
			msgs = basicSetManualScan(newManualScan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__MANUAL_SCAN, newManualScan, newManualScan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanTypeSettings getRealTimeScan() {
		return realTimeScan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRealTimeScan(ScanTypeSettings newRealTimeScan, NotificationChain msgs) {
		ScanTypeSettings oldRealTimeScan = realTimeScan;
		realTimeScan = newRealTimeScan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__REAL_TIME_SCAN, oldRealTimeScan, newRealTimeScan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRealTimeScan(ScanTypeSettings newRealTimeScan) {
		if (newRealTimeScan != realTimeScan) {
			NotificationChain msgs = null;
			if (realTimeScan != null)
				msgs = ((InternalEObject)realTimeScan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__REAL_TIME_SCAN, null, msgs);
			if (newRealTimeScan != null)
				msgs = ((InternalEObject)newRealTimeScan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__REAL_TIME_SCAN, null, msgs);
			msgs = basicSetRealTimeScan(newRealTimeScan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__REAL_TIME_SCAN, newRealTimeScan, newRealTimeScan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanTypeSettings getScheduledScan() {
		return scheduledScan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScheduledScan(ScanTypeSettings newScheduledScan, NotificationChain msgs) {
		ScanTypeSettings oldScheduledScan = scheduledScan;
		scheduledScan = newScheduledScan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__SCHEDULED_SCAN, oldScheduledScan, newScheduledScan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduledScan(ScanTypeSettings newScheduledScan) {
		if (newScheduledScan != scheduledScan) {
			NotificationChain msgs = null;
			if (scheduledScan != null)
				msgs = ((InternalEObject)scheduledScan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__SCHEDULED_SCAN, null, msgs);
			if (newScheduledScan != null)
				msgs = ((InternalEObject)newScheduledScan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__SCHEDULED_SCAN, null, msgs);
			msgs = basicSetScheduledScan(newScheduledScan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__SCHEDULED_SCAN, newScheduledScan, newScheduledScan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanTypeSettings getScanNow() {
		return scanNow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScanNow(ScanTypeSettings newScanNow, NotificationChain msgs) {
		ScanTypeSettings oldScanNow = scanNow;
		scanNow = newScanNow;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__SCAN_NOW, oldScanNow, newScanNow);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScanNow(ScanTypeSettings newScanNow) {
		if (newScanNow != scanNow) {
			NotificationChain msgs = null;
			if (scanNow != null)
				msgs = ((InternalEObject)scanNow).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__SCAN_NOW, null, msgs);
			if (newScanNow != null)
				msgs = ((InternalEObject)newScanNow).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__SCAN_NOW, null, msgs);
			msgs = basicSetScanNow(newScanNow, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__SCAN_NOW, newScanNow, newScanNow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Privileges getPrivileges() {
		return privileges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPrivileges(Privileges newPrivileges, NotificationChain msgs) {
		Privileges oldPrivileges = privileges;
		privileges = newPrivileges;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__PRIVILEGES, oldPrivileges, newPrivileges);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivileges(Privileges newPrivileges) {
		if (newPrivileges != privileges) {
			NotificationChain msgs = null;
			if (privileges != null)
				msgs = ((InternalEObject)privileges).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__PRIVILEGES, null, msgs);
			if (newPrivileges != null)
				msgs = ((InternalEObject)newPrivileges).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__PRIVILEGES, null, msgs);
			msgs = basicSetPrivileges(newPrivileges, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__PRIVILEGES, newPrivileges, newPrivileges));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateSettings getUpdateSettings() {
		return updateSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUpdateSettings(UpdateSettings newUpdateSettings, NotificationChain msgs) {
		UpdateSettings oldUpdateSettings = updateSettings;
		updateSettings = newUpdateSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__UPDATE_SETTINGS, oldUpdateSettings, newUpdateSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateSettings(UpdateSettings newUpdateSettings) {
		if (newUpdateSettings != updateSettings) {
			NotificationChain msgs = null;
			if (updateSettings != null)
				msgs = ((InternalEObject)updateSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__UPDATE_SETTINGS, null, msgs);
			if (newUpdateSettings != null)
				msgs = ((InternalEObject)newUpdateSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__UPDATE_SETTINGS, null, msgs);
			msgs = basicSetUpdateSettings(newUpdateSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__UPDATE_SETTINGS, newUpdateSettings, newUpdateSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateSources getUpdateSources() {
		return updateSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUpdateSources(UpdateSources newUpdateSources, NotificationChain msgs) {
		UpdateSources oldUpdateSources = updateSources;
		updateSources = newUpdateSources;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__UPDATE_SOURCES, oldUpdateSources, newUpdateSources);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateSources(UpdateSources newUpdateSources) {
		if (newUpdateSources != updateSources) {
			NotificationChain msgs = null;
			if (updateSources != null)
				msgs = ((InternalEObject)updateSources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__UPDATE_SOURCES, null, msgs);
			if (newUpdateSources != null)
				msgs = ((InternalEObject)newUpdateSources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__UPDATE_SOURCES, null, msgs);
			msgs = basicSetUpdateSources(newUpdateSources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__UPDATE_SOURCES, newUpdateSources, newUpdateSources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebReputation getWebReputation() {
		return webReputation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWebReputation(WebReputation newWebReputation, NotificationChain msgs) {
		WebReputation oldWebReputation = webReputation;
		webReputation = newWebReputation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__WEB_REPUTATION, oldWebReputation, newWebReputation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWebReputation(WebReputation newWebReputation) {
		if (newWebReputation != webReputation) {
			NotificationChain msgs = null;
			if (webReputation != null)
				msgs = ((InternalEObject)webReputation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__WEB_REPUTATION, null, msgs);
			if (newWebReputation != null)
				msgs = ((InternalEObject)newWebReputation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__WEB_REPUTATION, null, msgs);
			msgs = basicSetWebReputation(newWebReputation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__WEB_REPUTATION, newWebReputation, newWebReputation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Firewall getFirewall() {
		return firewall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFirewall(Firewall newFirewall, NotificationChain msgs) {
		Firewall oldFirewall = firewall;
		firewall = newFirewall;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__FIREWALL, oldFirewall, newFirewall);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirewall(Firewall newFirewall) {
		if (newFirewall != firewall) {
			NotificationChain msgs = null;
			if (firewall != null)
				msgs = ((InternalEObject)firewall).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__FIREWALL, null, msgs);
			if (newFirewall != null)
				msgs = ((InternalEObject)newFirewall).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__FIREWALL, null, msgs);
			msgs = basicSetFirewall(newFirewall, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__FIREWALL, newFirewall, newFirewall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalAgentSettings getGlobalSettings() {
		return globalSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGlobalSettings(GlobalAgentSettings newGlobalSettings, NotificationChain msgs) {
		GlobalAgentSettings oldGlobalSettings = globalSettings;
		globalSettings = newGlobalSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__GLOBAL_SETTINGS, oldGlobalSettings, newGlobalSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGlobalSettings(GlobalAgentSettings newGlobalSettings) {
		if (newGlobalSettings != globalSettings) {
			NotificationChain msgs = null;
			if (globalSettings != null)
				msgs = ((InternalEObject)globalSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__GLOBAL_SETTINGS, null, msgs);
			if (newGlobalSettings != null)
				msgs = ((InternalEObject)newGlobalSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.POLICY__GLOBAL_SETTINGS, null, msgs);
			msgs = basicSetGlobalSettings(newGlobalSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.POLICY__GLOBAL_SETTINGS, newGlobalSettings, newGlobalSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SettingsPackage.POLICY__SCAN_METHOD:
				return basicSetScanMethod(null, msgs);
			case SettingsPackage.POLICY__MANUAL_SCAN:
				return basicSetManualScan(null, msgs);
			case SettingsPackage.POLICY__REAL_TIME_SCAN:
				return basicSetRealTimeScan(null, msgs);
			case SettingsPackage.POLICY__SCHEDULED_SCAN:
				return basicSetScheduledScan(null, msgs);
			case SettingsPackage.POLICY__SCAN_NOW:
				return basicSetScanNow(null, msgs);
			case SettingsPackage.POLICY__PRIVILEGES:
				return basicSetPrivileges(null, msgs);
			case SettingsPackage.POLICY__UPDATE_SETTINGS:
				return basicSetUpdateSettings(null, msgs);
			case SettingsPackage.POLICY__UPDATE_SOURCES:
				return basicSetUpdateSources(null, msgs);
			case SettingsPackage.POLICY__WEB_REPUTATION:
				return basicSetWebReputation(null, msgs);
			case SettingsPackage.POLICY__FIREWALL:
				return basicSetFirewall(null, msgs);
			case SettingsPackage.POLICY__GLOBAL_SETTINGS:
				return basicSetGlobalSettings(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.POLICY__SCOPE:
				return getScope();
			case SettingsPackage.POLICY__VERSION:
				return getVersion();
			case SettingsPackage.POLICY__SCAN_METHOD:
				return getScanMethod();
			case SettingsPackage.POLICY__MANUAL_SCAN:
				return getManualScan();
			case SettingsPackage.POLICY__REAL_TIME_SCAN:
				return getRealTimeScan();
			case SettingsPackage.POLICY__SCHEDULED_SCAN:
				return getScheduledScan();
			case SettingsPackage.POLICY__SCAN_NOW:
				return getScanNow();
			case SettingsPackage.POLICY__PRIVILEGES:
				return getPrivileges();
			case SettingsPackage.POLICY__UPDATE_SETTINGS:
				return getUpdateSettings();
			case SettingsPackage.POLICY__UPDATE_SOURCES:
				return getUpdateSources();
			case SettingsPackage.POLICY__WEB_REPUTATION:
				return getWebReputation();
			case SettingsPackage.POLICY__FIREWALL:
				return getFirewall();
			case SettingsPackage.POLICY__GLOBAL_SETTINGS:
				return getGlobalSettings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SettingsPackage.POLICY__SCOPE:
				setScope((PolicyScope)newValue);
				return;
			case SettingsPackage.POLICY__VERSION:
				setVersion((String)newValue);
				return;
			case SettingsPackage.POLICY__SCAN_METHOD:
				setScanMethod((ScanMethodSettings)newValue);
				return;
			case SettingsPackage.POLICY__MANUAL_SCAN:
				setManualScan((ScanTypeSettings)newValue);
				return;
			case SettingsPackage.POLICY__REAL_TIME_SCAN:
				setRealTimeScan((ScanTypeSettings)newValue);
				return;
			case SettingsPackage.POLICY__SCHEDULED_SCAN:
				setScheduledScan((ScanTypeSettings)newValue);
				return;
			case SettingsPackage.POLICY__SCAN_NOW:
				setScanNow((ScanTypeSettings)newValue);
				return;
			case SettingsPackage.POLICY__PRIVILEGES:
				setPrivileges((Privileges)newValue);
				return;
			case SettingsPackage.POLICY__UPDATE_SETTINGS:
				setUpdateSettings((UpdateSettings)newValue);
				return;
			case SettingsPackage.POLICY__UPDATE_SOURCES:
				setUpdateSources((UpdateSources)newValue);
				return;
			case SettingsPackage.POLICY__WEB_REPUTATION:
				setWebReputation((WebReputation)newValue);
				return;
			case SettingsPackage.POLICY__FIREWALL:
				setFirewall((Firewall)newValue);
				return;
			case SettingsPackage.POLICY__GLOBAL_SETTINGS:
				setGlobalSettings((GlobalAgentSettings)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SettingsPackage.POLICY__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case SettingsPackage.POLICY__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case SettingsPackage.POLICY__SCAN_METHOD:
				setScanMethod((ScanMethodSettings)null);
				return;
			case SettingsPackage.POLICY__MANUAL_SCAN:
				setManualScan((ScanTypeSettings)null);
				return;
			case SettingsPackage.POLICY__REAL_TIME_SCAN:
				setRealTimeScan((ScanTypeSettings)null);
				return;
			case SettingsPackage.POLICY__SCHEDULED_SCAN:
				setScheduledScan((ScanTypeSettings)null);
				return;
			case SettingsPackage.POLICY__SCAN_NOW:
				setScanNow((ScanTypeSettings)null);
				return;
			case SettingsPackage.POLICY__PRIVILEGES:
				setPrivileges((Privileges)null);
				return;
			case SettingsPackage.POLICY__UPDATE_SETTINGS:
				setUpdateSettings((UpdateSettings)null);
				return;
			case SettingsPackage.POLICY__UPDATE_SOURCES:
				setUpdateSources((UpdateSources)null);
				return;
			case SettingsPackage.POLICY__WEB_REPUTATION:
				setWebReputation((WebReputation)null);
				return;
			case SettingsPackage.POLICY__FIREWALL:
				setFirewall((Firewall)null);
				return;
			case SettingsPackage.POLICY__GLOBAL_SETTINGS:
				setGlobalSettings((GlobalAgentSettings)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SettingsPackage.POLICY__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case SettingsPackage.POLICY__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case SettingsPackage.POLICY__SCAN_METHOD:
				return scanMethod != null;
			case SettingsPackage.POLICY__MANUAL_SCAN:
				return manualScan != null;
			case SettingsPackage.POLICY__REAL_TIME_SCAN:
				return realTimeScan != null;
			case SettingsPackage.POLICY__SCHEDULED_SCAN:
				return scheduledScan != null;
			case SettingsPackage.POLICY__SCAN_NOW:
				return scanNow != null;
			case SettingsPackage.POLICY__PRIVILEGES:
				return privileges != null;
			case SettingsPackage.POLICY__UPDATE_SETTINGS:
				return updateSettings != null;
			case SettingsPackage.POLICY__UPDATE_SOURCES:
				return updateSources != null;
			case SettingsPackage.POLICY__WEB_REPUTATION:
				return webReputation != null;
			case SettingsPackage.POLICY__FIREWALL:
				return firewall != null;
			case SettingsPackage.POLICY__GLOBAL_SETTINGS:
				return globalSettings != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (scope: ");
		result.append(scope);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //PolicyImpl
