/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.GlobalAgentSettings;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.SharedScanSettings;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Global Agent Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.GlobalAgentSettingsImpl#getScan <em>Scan</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.GlobalAgentSettingsImpl#isDeferFirewallUntilRestart <em>Defer Firewall Until Restart</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.GlobalAgentSettingsImpl#isRestartNotification <em>Restart Notification</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GlobalAgentSettingsImpl extends MinimalEObjectImpl.Container implements GlobalAgentSettings {
	/**
	 * The cached value of the '{@link #getScan() <em>Scan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScan()
	 * @generated
	 * @ordered
	 */
	protected SharedScanSettings scan;

	/**
	 * The default value of the '{@link #isDeferFirewallUntilRestart() <em>Defer Firewall Until Restart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeferFirewallUntilRestart()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEFER_FIREWALL_UNTIL_RESTART_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDeferFirewallUntilRestart() <em>Defer Firewall Until Restart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeferFirewallUntilRestart()
	 * @generated
	 * @ordered
	 */
	protected boolean deferFirewallUntilRestart = DEFER_FIREWALL_UNTIL_RESTART_EDEFAULT;

	/**
	 * The default value of the '{@link #isRestartNotification() <em>Restart Notification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRestartNotification()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESTART_NOTIFICATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRestartNotification() <em>Restart Notification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRestartNotification()
	 * @generated
	 * @ordered
	 */
	protected boolean restartNotification = RESTART_NOTIFICATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GlobalAgentSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.GLOBAL_AGENT_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SharedScanSettings getScan() {
		return scan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScan(SharedScanSettings newScan, NotificationChain msgs) {
		SharedScanSettings oldScan = scan;
		scan = newScan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.GLOBAL_AGENT_SETTINGS__SCAN, oldScan, newScan);
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
	public void setScan(SharedScanSettings newScan) {
		if (newScan != scan) {
			NotificationChain msgs = null;
			if (scan != null)
				msgs = ((InternalEObject)scan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.GLOBAL_AGENT_SETTINGS__SCAN, null, msgs);
			if (newScan != null)
				msgs = ((InternalEObject)newScan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.GLOBAL_AGENT_SETTINGS__SCAN, null, msgs);
			msgs = basicSetScan(newScan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.GLOBAL_AGENT_SETTINGS__SCAN, newScan, newScan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDeferFirewallUntilRestart() {
		return deferFirewallUntilRestart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeferFirewallUntilRestart(boolean newDeferFirewallUntilRestart) {
		boolean oldDeferFirewallUntilRestart = deferFirewallUntilRestart;
		deferFirewallUntilRestart = newDeferFirewallUntilRestart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.GLOBAL_AGENT_SETTINGS__DEFER_FIREWALL_UNTIL_RESTART, oldDeferFirewallUntilRestart, deferFirewallUntilRestart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRestartNotification() {
		return restartNotification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestartNotification(boolean newRestartNotification) {
		boolean oldRestartNotification = restartNotification;
		restartNotification = newRestartNotification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.GLOBAL_AGENT_SETTINGS__RESTART_NOTIFICATION, oldRestartNotification, restartNotification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__SCAN:
				return basicSetScan(null, msgs);
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
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__SCAN:
				return getScan();
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__DEFER_FIREWALL_UNTIL_RESTART:
				return isDeferFirewallUntilRestart();
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__RESTART_NOTIFICATION:
				return isRestartNotification();
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
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__SCAN:
				setScan((SharedScanSettings)newValue);
				return;
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__DEFER_FIREWALL_UNTIL_RESTART:
				setDeferFirewallUntilRestart((Boolean)newValue);
				return;
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__RESTART_NOTIFICATION:
				setRestartNotification((Boolean)newValue);
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
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__SCAN:
				setScan((SharedScanSettings)null);
				return;
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__DEFER_FIREWALL_UNTIL_RESTART:
				setDeferFirewallUntilRestart(DEFER_FIREWALL_UNTIL_RESTART_EDEFAULT);
				return;
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__RESTART_NOTIFICATION:
				setRestartNotification(RESTART_NOTIFICATION_EDEFAULT);
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
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__SCAN:
				return scan != null;
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__DEFER_FIREWALL_UNTIL_RESTART:
				return deferFirewallUntilRestart != DEFER_FIREWALL_UNTIL_RESTART_EDEFAULT;
			case SettingsPackage.GLOBAL_AGENT_SETTINGS__RESTART_NOTIFICATION:
				return restartNotification != RESTART_NOTIFICATION_EDEFAULT;
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
		result.append(" (deferFirewallUntilRestart: ");
		result.append(deferFirewallUntilRestart);
		result.append(", restartNotification: ");
		result.append(restartNotification);
		result.append(')');
		return result.toString();
	}

} //GlobalAgentSettingsImpl
