/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.Schedule;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.UpdateSettings;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Update Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.UpdateSettingsImpl#isAfterServerDownload <em>After Server Download</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.UpdateSettingsImpl#isOnAgentRestart <em>On Agent Restart</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.UpdateSettingsImpl#isScheduled <em>Scheduled</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.UpdateSettingsImpl#getSchedule <em>Schedule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpdateSettingsImpl extends MinimalEObjectImpl.Container implements UpdateSettings {
	/**
	 * The default value of the '{@link #isAfterServerDownload() <em>After Server Download</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAfterServerDownload()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AFTER_SERVER_DOWNLOAD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAfterServerDownload() <em>After Server Download</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAfterServerDownload()
	 * @generated
	 * @ordered
	 */
	protected boolean afterServerDownload = AFTER_SERVER_DOWNLOAD_EDEFAULT;

	/**
	 * The default value of the '{@link #isOnAgentRestart() <em>On Agent Restart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnAgentRestart()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ON_AGENT_RESTART_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOnAgentRestart() <em>On Agent Restart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnAgentRestart()
	 * @generated
	 * @ordered
	 */
	protected boolean onAgentRestart = ON_AGENT_RESTART_EDEFAULT;

	/**
	 * The default value of the '{@link #isScheduled() <em>Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isScheduled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SCHEDULED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isScheduled() <em>Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isScheduled()
	 * @generated
	 * @ordered
	 */
	protected boolean scheduled = SCHEDULED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected Schedule schedule;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UpdateSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.UPDATE_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAfterServerDownload() {
		return afterServerDownload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfterServerDownload(boolean newAfterServerDownload) {
		boolean oldAfterServerDownload = afterServerDownload;
		afterServerDownload = newAfterServerDownload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.UPDATE_SETTINGS__AFTER_SERVER_DOWNLOAD, oldAfterServerDownload, afterServerDownload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnAgentRestart() {
		return onAgentRestart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnAgentRestart(boolean newOnAgentRestart) {
		boolean oldOnAgentRestart = onAgentRestart;
		onAgentRestart = newOnAgentRestart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.UPDATE_SETTINGS__ON_AGENT_RESTART, oldOnAgentRestart, onAgentRestart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isScheduled() {
		return scheduled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduled(boolean newScheduled) {
		boolean oldScheduled = scheduled;
		scheduled = newScheduled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.UPDATE_SETTINGS__SCHEDULED, oldScheduled, scheduled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schedule getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchedule(Schedule newSchedule, NotificationChain msgs) {
		Schedule oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.UPDATE_SETTINGS__SCHEDULE, oldSchedule, newSchedule);
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
	public void setSchedule(Schedule newSchedule) {
		if (newSchedule != schedule) {
			NotificationChain msgs = null;
			if (schedule != null)
				msgs = ((InternalEObject)schedule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.UPDATE_SETTINGS__SCHEDULE, null, msgs);
			if (newSchedule != null)
				msgs = ((InternalEObject)newSchedule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.UPDATE_SETTINGS__SCHEDULE, null, msgs);
			msgs = basicSetSchedule(newSchedule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.UPDATE_SETTINGS__SCHEDULE, newSchedule, newSchedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SettingsPackage.UPDATE_SETTINGS__SCHEDULE:
				return basicSetSchedule(null, msgs);
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
			case SettingsPackage.UPDATE_SETTINGS__AFTER_SERVER_DOWNLOAD:
				return isAfterServerDownload();
			case SettingsPackage.UPDATE_SETTINGS__ON_AGENT_RESTART:
				return isOnAgentRestart();
			case SettingsPackage.UPDATE_SETTINGS__SCHEDULED:
				return isScheduled();
			case SettingsPackage.UPDATE_SETTINGS__SCHEDULE:
				return getSchedule();
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
			case SettingsPackage.UPDATE_SETTINGS__AFTER_SERVER_DOWNLOAD:
				setAfterServerDownload((Boolean)newValue);
				return;
			case SettingsPackage.UPDATE_SETTINGS__ON_AGENT_RESTART:
				setOnAgentRestart((Boolean)newValue);
				return;
			case SettingsPackage.UPDATE_SETTINGS__SCHEDULED:
				setScheduled((Boolean)newValue);
				return;
			case SettingsPackage.UPDATE_SETTINGS__SCHEDULE:
				setSchedule((Schedule)newValue);
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
			case SettingsPackage.UPDATE_SETTINGS__AFTER_SERVER_DOWNLOAD:
				setAfterServerDownload(AFTER_SERVER_DOWNLOAD_EDEFAULT);
				return;
			case SettingsPackage.UPDATE_SETTINGS__ON_AGENT_RESTART:
				setOnAgentRestart(ON_AGENT_RESTART_EDEFAULT);
				return;
			case SettingsPackage.UPDATE_SETTINGS__SCHEDULED:
				setScheduled(SCHEDULED_EDEFAULT);
				return;
			case SettingsPackage.UPDATE_SETTINGS__SCHEDULE:
				setSchedule((Schedule)null);
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
			case SettingsPackage.UPDATE_SETTINGS__AFTER_SERVER_DOWNLOAD:
				return afterServerDownload != AFTER_SERVER_DOWNLOAD_EDEFAULT;
			case SettingsPackage.UPDATE_SETTINGS__ON_AGENT_RESTART:
				return onAgentRestart != ON_AGENT_RESTART_EDEFAULT;
			case SettingsPackage.UPDATE_SETTINGS__SCHEDULED:
				return scheduled != SCHEDULED_EDEFAULT;
			case SettingsPackage.UPDATE_SETTINGS__SCHEDULE:
				return schedule != null;
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
		result.append(" (afterServerDownload: ");
		result.append(afterServerDownload);
		result.append(", onAgentRestart: ");
		result.append(onAgentRestart);
		result.append(", scheduled: ");
		result.append(scheduled);
		result.append(')');
		return result.toString();
	}

} //UpdateSettingsImpl
