/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.SpywareAssessment;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spyware Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.SpywareAssessmentImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.SpywareAssessmentImpl#getWeeks <em>Weeks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpywareAssessmentImpl extends MinimalEObjectImpl.Container implements SpywareAssessment {
	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeeks() <em>Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeeks()
	 * @generated
	 * @ordered
	 */
	protected static final int WEEKS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWeeks() <em>Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeeks()
	 * @generated
	 * @ordered
	 */
	protected int weeks = WEEKS_EDEFAULT;

	/**
	 * This is true if the Weeks attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean weeksESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpywareAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.SPYWARE_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SPYWARE_ASSESSMENT__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWeeks() {
		return weeks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeeks(int newWeeks) {
		int oldWeeks = weeks;
		weeks = newWeeks;
		boolean oldWeeksESet = weeksESet;
		weeksESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SPYWARE_ASSESSMENT__WEEKS, oldWeeks, weeks, !oldWeeksESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetWeeks() {
		int oldWeeks = weeks;
		boolean oldWeeksESet = weeksESet;
		weeks = WEEKS_EDEFAULT;
		weeksESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SettingsPackage.SPYWARE_ASSESSMENT__WEEKS, oldWeeks, WEEKS_EDEFAULT, oldWeeksESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetWeeks() {
		return weeksESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.SPYWARE_ASSESSMENT__ENABLED:
				return isEnabled();
			case SettingsPackage.SPYWARE_ASSESSMENT__WEEKS:
				return getWeeks();
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
			case SettingsPackage.SPYWARE_ASSESSMENT__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case SettingsPackage.SPYWARE_ASSESSMENT__WEEKS:
				setWeeks((Integer)newValue);
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
			case SettingsPackage.SPYWARE_ASSESSMENT__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case SettingsPackage.SPYWARE_ASSESSMENT__WEEKS:
				unsetWeeks();
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
			case SettingsPackage.SPYWARE_ASSESSMENT__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case SettingsPackage.SPYWARE_ASSESSMENT__WEEKS:
				return isSetWeeks();
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
		result.append(" (enabled: ");
		result.append(enabled);
		result.append(", weeks: ");
		if (weeksESet) result.append(weeks); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //SpywareAssessmentImpl
