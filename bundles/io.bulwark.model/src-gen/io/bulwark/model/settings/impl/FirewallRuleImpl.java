/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.FirewallAction;
import io.bulwark.model.settings.FirewallProtocol;
import io.bulwark.model.settings.FirewallRule;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.TrafficDirection;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Firewall Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallRuleImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallRuleImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallRuleImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.FirewallRuleImpl#getAction <em>Action</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FirewallRuleImpl extends MinimalEObjectImpl.Container implements FirewallRule {
	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final TrafficDirection DIRECTION_EDEFAULT = TrafficDirection.INBOUND;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected TrafficDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final FirewallProtocol PROTOCOL_EDEFAULT = FirewallProtocol.TCP;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected FirewallProtocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ports;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final FirewallAction ACTION_EDEFAULT = FirewallAction.ALLOW;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected FirewallAction action = ACTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FirewallRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.FIREWALL_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrafficDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(TrafficDirection newDirection) {
		TrafficDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.FIREWALL_RULE__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FirewallProtocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(FirewallProtocol newProtocol) {
		FirewallProtocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.FIREWALL_RULE__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPorts() {
		if (ports == null) {
			ports = new EDataTypeEList<String>(String.class, this, SettingsPackage.FIREWALL_RULE__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FirewallAction getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(FirewallAction newAction) {
		FirewallAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.FIREWALL_RULE__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.FIREWALL_RULE__DIRECTION:
				return getDirection();
			case SettingsPackage.FIREWALL_RULE__PROTOCOL:
				return getProtocol();
			case SettingsPackage.FIREWALL_RULE__PORTS:
				return getPorts();
			case SettingsPackage.FIREWALL_RULE__ACTION:
				return getAction();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SettingsPackage.FIREWALL_RULE__DIRECTION:
				setDirection((TrafficDirection)newValue);
				return;
			case SettingsPackage.FIREWALL_RULE__PROTOCOL:
				setProtocol((FirewallProtocol)newValue);
				return;
			case SettingsPackage.FIREWALL_RULE__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends String>)newValue);
				return;
			case SettingsPackage.FIREWALL_RULE__ACTION:
				setAction((FirewallAction)newValue);
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
			case SettingsPackage.FIREWALL_RULE__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case SettingsPackage.FIREWALL_RULE__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case SettingsPackage.FIREWALL_RULE__PORTS:
				getPorts().clear();
				return;
			case SettingsPackage.FIREWALL_RULE__ACTION:
				setAction(ACTION_EDEFAULT);
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
			case SettingsPackage.FIREWALL_RULE__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case SettingsPackage.FIREWALL_RULE__PROTOCOL:
				return protocol != PROTOCOL_EDEFAULT;
			case SettingsPackage.FIREWALL_RULE__PORTS:
				return ports != null && !ports.isEmpty();
			case SettingsPackage.FIREWALL_RULE__ACTION:
				return action != ACTION_EDEFAULT;
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
		result.append(" (direction: ");
		result.append(direction);
		result.append(", protocol: ");
		result.append(protocol);
		result.append(", ports: ");
		result.append(ports);
		result.append(", action: ");
		result.append(action);
		result.append(')');
		return result.toString();
	}

} //FirewallRuleImpl
