/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.DayOfWeek;
import io.bulwark.model.settings.Schedule;
import io.bulwark.model.settings.ScheduleFrequency;
import io.bulwark.model.settings.SettingsPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.ScheduleImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScheduleImpl#getTime <em>Time</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScheduleImpl#getDayOfWeek <em>Day Of Week</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScheduleImpl#getDayOfMonth <em>Day Of Month</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduleImpl extends MinimalEObjectImpl.Container implements Schedule {
	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final ScheduleFrequency FREQUENCY_EDEFAULT = ScheduleFrequency.HOURLY;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected ScheduleFrequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected String time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDayOfWeek() <em>Day Of Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayOfWeek()
	 * @generated
	 * @ordered
	 */
	protected static final DayOfWeek DAY_OF_WEEK_EDEFAULT = DayOfWeek.MONDAY;

	/**
	 * The cached value of the '{@link #getDayOfWeek() <em>Day Of Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayOfWeek()
	 * @generated
	 * @ordered
	 */
	protected DayOfWeek dayOfWeek = DAY_OF_WEEK_EDEFAULT;

	/**
	 * This is true if the Day Of Week attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dayOfWeekESet;

	/**
	 * The default value of the '{@link #getDayOfMonth() <em>Day Of Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayOfMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int DAY_OF_MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDayOfMonth() <em>Day Of Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayOfMonth()
	 * @generated
	 * @ordered
	 */
	protected int dayOfMonth = DAY_OF_MONTH_EDEFAULT;

	/**
	 * This is true if the Day Of Month attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dayOfMonthESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.SCHEDULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleFrequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(ScheduleFrequency newFrequency) {
		ScheduleFrequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCHEDULE__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(String newTime) {
		String oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCHEDULE__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DayOfWeek getDayOfWeek() {
		return dayOfWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDayOfWeek(DayOfWeek newDayOfWeek) {
		DayOfWeek oldDayOfWeek = dayOfWeek;
		dayOfWeek = newDayOfWeek == null ? DAY_OF_WEEK_EDEFAULT : newDayOfWeek;
		boolean oldDayOfWeekESet = dayOfWeekESet;
		dayOfWeekESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCHEDULE__DAY_OF_WEEK, oldDayOfWeek, dayOfWeek, !oldDayOfWeekESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDayOfWeek() {
		DayOfWeek oldDayOfWeek = dayOfWeek;
		boolean oldDayOfWeekESet = dayOfWeekESet;
		dayOfWeek = DAY_OF_WEEK_EDEFAULT;
		dayOfWeekESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SettingsPackage.SCHEDULE__DAY_OF_WEEK, oldDayOfWeek, DAY_OF_WEEK_EDEFAULT, oldDayOfWeekESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDayOfWeek() {
		return dayOfWeekESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDayOfMonth() {
		return dayOfMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDayOfMonth(int newDayOfMonth) {
		int oldDayOfMonth = dayOfMonth;
		dayOfMonth = newDayOfMonth;
		boolean oldDayOfMonthESet = dayOfMonthESet;
		dayOfMonthESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCHEDULE__DAY_OF_MONTH, oldDayOfMonth, dayOfMonth, !oldDayOfMonthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDayOfMonth() {
		int oldDayOfMonth = dayOfMonth;
		boolean oldDayOfMonthESet = dayOfMonthESet;
		dayOfMonth = DAY_OF_MONTH_EDEFAULT;
		dayOfMonthESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SettingsPackage.SCHEDULE__DAY_OF_MONTH, oldDayOfMonth, DAY_OF_MONTH_EDEFAULT, oldDayOfMonthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDayOfMonth() {
		return dayOfMonthESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.SCHEDULE__FREQUENCY:
				return getFrequency();
			case SettingsPackage.SCHEDULE__TIME:
				return getTime();
			case SettingsPackage.SCHEDULE__DAY_OF_WEEK:
				return getDayOfWeek();
			case SettingsPackage.SCHEDULE__DAY_OF_MONTH:
				return getDayOfMonth();
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
			case SettingsPackage.SCHEDULE__FREQUENCY:
				setFrequency((ScheduleFrequency)newValue);
				return;
			case SettingsPackage.SCHEDULE__TIME:
				setTime((String)newValue);
				return;
			case SettingsPackage.SCHEDULE__DAY_OF_WEEK:
				setDayOfWeek((DayOfWeek)newValue);
				return;
			case SettingsPackage.SCHEDULE__DAY_OF_MONTH:
				setDayOfMonth((Integer)newValue);
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
			case SettingsPackage.SCHEDULE__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case SettingsPackage.SCHEDULE__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case SettingsPackage.SCHEDULE__DAY_OF_WEEK:
				unsetDayOfWeek();
				return;
			case SettingsPackage.SCHEDULE__DAY_OF_MONTH:
				unsetDayOfMonth();
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
			case SettingsPackage.SCHEDULE__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case SettingsPackage.SCHEDULE__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case SettingsPackage.SCHEDULE__DAY_OF_WEEK:
				return isSetDayOfWeek();
			case SettingsPackage.SCHEDULE__DAY_OF_MONTH:
				return isSetDayOfMonth();
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
		result.append(" (frequency: ");
		result.append(frequency);
		result.append(", time: ");
		result.append(time);
		result.append(", dayOfWeek: ");
		if (dayOfWeekESet) result.append(dayOfWeek); else result.append("<unset>");
		result.append(", dayOfMonth: ");
		if (dayOfMonthESet) result.append(dayOfMonth); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ScheduleImpl
